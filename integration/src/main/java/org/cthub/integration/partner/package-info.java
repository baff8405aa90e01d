/**
 * What callers do with the partner directory (register an organisation, add a partner system, update a
 * service's capacity, ...): one transactional use case per action, each leaving its line in the audit log.
 */
package org.cthub.integration.partner;
