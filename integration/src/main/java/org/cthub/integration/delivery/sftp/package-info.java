/**
 * The SFTP channel: drops each message as a file named after its id into the partner's directory, through
 * Camel's sftp component, logging in with the hub's own SSH key and trusting only host keys in the
 * configured known_hosts file.
 */
package org.cthub.integration.delivery.sftp;
