package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cthub.persistence.partner.Channel;

/**
 * One round of delivery: claim what is due on the channels this hub has and is configured to serve, hand each to its channel outside
 * any transaction, record the outcome. A channel that throws counts as a failed attempt; nothing is lost
 * if the node dies anywhere in between, because an unrecorded claim's lease simply expires.
 */
@ApplicationScoped
public class DeliveringDue {

    private static final Logger LOG = Logger.getLogger(DeliveringDue.class.getName());

    @Inject
    @Any
    Instance<DeliveryChannel> channelBeans;

    @Inject
    ClaimingDeliveries claiming;

    @Inject
    DeliverySettings settings;

    @Inject
    RecordingHandOver recording;

    /** Hands over one batch; returns how many deliveries it claimed. */
    public int deliverBatch() {
        Map<Channel, DeliveryChannel> channels = channels();
        List<ClaimedDelivery> claimed = claiming.claim(channels.keySet(), Instant.now());
        for (ClaimedDelivery delivery : claimed) {
            recording.record(delivery, handOver(channels.get(delivery.channel()), delivery), Instant.now());
        }
        return claimed.size();
    }

    private static HandOver handOver(DeliveryChannel channel, ClaimedDelivery delivery) {
        try {
            return channel.handOver(delivery);
        } catch (RuntimeException e) {
            // The exception's message may quote the payload: log and keep only its class.
            LOG.log(Level.WARNING, "Delivery {0} failed on attempt {1}: {2}",
                    new Object[] {delivery.deliveryId(), delivery.attempt(), e.getClass().getName()});
            return HandOver.failed(e.getClass().getSimpleName());
        }
    }

    private Map<Channel, DeliveryChannel> channels() {
        Map<Channel, DeliveryChannel> byKind = new EnumMap<>(Channel.class);
        channelBeans.forEach(channel -> byKind.put(channel.kind(), channel));
        byKind.keySet().retainAll(settings.channels());
        return byKind;
    }
}
