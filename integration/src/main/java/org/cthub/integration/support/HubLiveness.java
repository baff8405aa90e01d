package org.cthub.integration.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the Camel context has stopped or failed: that is the one state a restart cures. The
 * database is a readiness concern, since restarting the hub does not bring PostgreSQL back.
 */
@Liveness
@ApplicationScoped
public class HubLiveness implements HealthCheck {

    @Inject
    CamelBootstrap camel;

    @Override
    public HealthCheckResponse call() {
        var status = camel.context().getStatus();
        return HealthCheckResponse.named("hub")
                .withData("camel", status.name())
                .status(!status.isStopped() && status != org.apache.camel.ServiceStatus.Suspended)
                .build();
    }
}
