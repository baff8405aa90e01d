package org.cthub.persistence.delivery;

/**
 * Where a delivery is: pending → leased (a node is handing it over) → delivered, or awaiting
 * acknowledgement (in a pull inbox until the recipient acknowledges), or retry-scheduled → … →
 * dead-lettered after the last allowed attempt. Replay moves a dead letter back to pending. Cancelled is
 * final: a referral whose consent was withdrawn before it arrived is never sent, nor replayed.
 */
public enum DeliveryStatus {
    PENDING,
    LEASED,
    AWAITING_ACK,
    RETRY_SCHEDULED,
    DELIVERED,
    DEAD_LETTERED,
    CANCELLED
}
