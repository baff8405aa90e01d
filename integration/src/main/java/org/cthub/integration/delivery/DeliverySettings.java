package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cthub.persistence.delivery.Backoff;
import org.cthub.persistence.partner.Channel;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The delivery limits, from configuration ({@code hub.delivery.*}). */
@ApplicationScoped
public class DeliverySettings {

    @Inject
    @ConfigProperty(name = "hub.delivery.lease-seconds", defaultValue = "60")
    long leaseSeconds;

    @Inject
    @ConfigProperty(name = "hub.delivery.max-attempts", defaultValue = "12")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "hub.delivery.backoff-initial-ms", defaultValue = "10000")
    long backoffInitialMs;

    @Inject
    @ConfigProperty(name = "hub.delivery.backoff-max-ms", defaultValue = "3600000")
    long backoffMaxMs;

    @Inject
    @ConfigProperty(name = "hub.delivery.batch-size", defaultValue = "50")
    int batchSize;

    @Inject
    @ConfigProperty(name = "hub.delivery.parallelism", defaultValue = "8")
    int parallelism;

    /** Which channels this node delivers on; a node without a way out to partners can leave webhooks to others. */
    @Inject
    @ConfigProperty(name = "hub.delivery.channels", defaultValue = "pull-inbox,webhook,sftp")
    List<String> channels;

    /** The configured channels, plus the sandbox echo channel: it never leaves the hub, so every node serves it. */
    public Set<Channel> channels() {
        Set<Channel> enabled = EnumSet.of(Channel.ECHO);
        channels.stream().map(String::trim).filter(c -> !c.isEmpty())
                .forEach(code -> enabled.add(Codes.parse(Channel.class, code, "hub.delivery.channels")));
        return enabled;
    }

    public Duration lease() {
        return Duration.ofSeconds(Math.max(1, leaseSeconds));
    }

    public Backoff backoff() {
        return new Backoff(Duration.ofMillis(backoffInitialMs), Duration.ofMillis(backoffMaxMs), maxAttempts);
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    /** How many hand-overs of one batch run at once. */
    public int parallelism() {
        return Math.max(1, parallelism);
    }
}
