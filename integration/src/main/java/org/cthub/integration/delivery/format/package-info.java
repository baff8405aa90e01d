/**
 * Partner formats: pure translators from the canonical JSON of a message to what a partner system takes,
 * such as XML shaped by the system's own mapping.
 */
package org.cthub.integration.delivery.format;
