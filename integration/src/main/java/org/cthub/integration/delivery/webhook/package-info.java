/**
 * The webhook channel: posts each message, signed as Standard Webhooks does, to the partner system's HTTPS
 * endpoint, after checking again that the endpoint's address is public, and trusting only the JVM's
 * certificate authorities plus any the operator names for sandboxes.
 */
package org.cthub.integration.delivery.webhook;
