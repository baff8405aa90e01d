/**
 * Getting messages to partner systems: deliveries opened with the message they carry, claimed under a lease
 * by the {@code referral-deliver} route on any node, handed to the system's {@link
 * org.cthub.integration.delivery.DeliveryChannel}, retried with backoff, dead-lettered and replayed; and
 * the pull inbox, where a system lists its messages and acknowledges them.
 *
 * <p>The pull-inbox, webhook and SFTP channels exist ({@code hub.delivery.channels} says which a node serves).
 * Webhook and SFTP deliveries carry the message in the recipient system's format ({@link
 * org.cthub.integration.delivery.RenderingPayload}): canonical JSON, or XML through the system's mapping.
 */
package org.cthub.integration.delivery;
