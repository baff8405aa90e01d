package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.cthub.persistence.partner.Channel;

/**
 * The pull inbox: handing over means putting the message in the system's inbox, where it stays, listed again
 * on every pull, until the recipient acknowledges it. The payload is built at each pull, not here.
 */
@ApplicationScoped
public class PullInboxChannel implements DeliveryChannel {

    @Override
    public Channel kind() {
        return Channel.PULL_INBOX;
    }

    @Override
    public HandOver handOver(ClaimedDelivery delivery) {
        return HandOver.awaitingAcknowledgement();
    }
}
