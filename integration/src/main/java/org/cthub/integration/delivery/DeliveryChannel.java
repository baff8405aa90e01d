package org.cthub.integration.delivery;

import org.cthub.persistence.partner.Channel;

/**
 * One way of handing a message to a partner system. Called outside any transaction (a webhook call must not
 * hold database locks); the outcome is recorded afterwards, and only while the claim's lease still holds.
 */
public interface DeliveryChannel {

    /** The kind of partner system this channel serves. */
    Channel kind();

    HandOver handOver(ClaimedDelivery delivery);
}
