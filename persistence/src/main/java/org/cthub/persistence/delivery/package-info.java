/**
 * The delivery outbox: one delivery per message and recipient partner system, written in the transaction
 * that accepted the message, claimed under a lease by whichever hub node polls first, retried with backoff
 * and dead-lettered after a limit. Its own feature because it carries every outbound message (referrals
 * now, answers and notifications later) and has its own operators' view (dead letters, replay).
 */
package org.cthub.persistence.delivery;
