/**
 * Getting messages to partner systems: deliveries opened with the message they carry, claimed under a lease
 * by the {@code referral-deliver} route on any node, handed to the system's {@link
 * org.cthub.integration.delivery.DeliveryChannel}, retried with backoff, dead-lettered and replayed; and
 * the pull inbox, where a system lists its messages and acknowledges them.
 *
 * <p>The pull-inbox and webhook channels exist ({@code hub.delivery.channels} says which a node serves).
 * Deliveries to SFTP systems stay pending, untouched by the route, until their channel is added: one more
 * {@code DeliveryChannel} bean whose hand-over builds the payload, writes it, and reports {@link org.cthub.integration.delivery.HandOver#delivered()}
 * or {@link org.cthub.integration.delivery.HandOver#failed(String)}.
 */
package org.cthub.integration.delivery;
