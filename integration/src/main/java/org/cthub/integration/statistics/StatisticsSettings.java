package org.cthub.integration.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Shared-data settings ({@code hub.statistics.*}): the threshold k under which a cell is withheld
 * (HUB_STATISTICS_K, default 11, as CTDC publishes). It can only be raised: a lower value is ignored, with a
 * warning in the log, and 11 applies.
 */
@ApplicationScoped
public class StatisticsSettings {

    public static final int MINIMUM_K = 11;
    private static final Logger LOG = Logger.getLogger(StatisticsSettings.class.getName());

    @Inject
    @ConfigProperty(name = "hub.statistics.k", defaultValue = "11")
    int configuredK;

    private int k;

    @PostConstruct
    void check() {
        if (configuredK < MINIMUM_K) {
            LOG.warning("hub.statistics.k=" + configuredK + " is below " + MINIMUM_K + ": it can only be raised; " + MINIMUM_K + " applies");
        }
        k = Math.max(MINIMUM_K, configuredK);
    }

    public int k() {
        return k;
    }
}
