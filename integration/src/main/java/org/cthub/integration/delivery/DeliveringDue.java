package org.cthub.integration.delivery;

import jakarta.annotation.PostConstruct;
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
 * Delivery, step by step: claim what is due on the channels this hub has and is configured to serve, hand each to its channel outside
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

    private Map<Channel, DeliveryChannel> channels;

    @PostConstruct
    void init() {
        channels = new EnumMap<>(Channel.class);
        channelBeans.forEach(channel -> channels.put(channel.kind(), channel));
        channels.keySet().retainAll(settings.channels());
    }

    /**
     * Claims at most {@code room} due deliveries (and never more than a batch) under a lease; the routes hand
     * each over and record it.
     */
    public List<ClaimedDelivery> claim(int room) {
        return room < 1 ? List.of() : claiming.claim(channels.keySet(), Instant.now(), room);
    }

    /** Hands one claimed delivery to its channel, outside any transaction, then records the outcome. */
    public void deliver(ClaimedDelivery delivery) {
        recording.record(delivery, handOver(channels.get(delivery.channel()), delivery), Instant.now());
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
}
