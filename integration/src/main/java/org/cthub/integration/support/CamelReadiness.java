package org.cthub.integration.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the Camel context and every route in it are started; lists each route's state. */
@Readiness
@ApplicationScoped
public class CamelReadiness implements HealthCheck {

    @Inject
    CamelBootstrap camel;

    @Override
    public HealthCheckResponse call() {
        CamelContext context = camel.context();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("camel")
                .withData("context", context.getStatus().name());
        boolean allStarted = context.getStatus().isStarted();
        for (Route route : context.getRoutes()) {
            String state = context.getRouteController().getRouteStatus(route.getRouteId()).name();
            response.withData("route." + route.getRouteId(), state);
            allStarted &= "Started".equals(state);
        }
        return response.status(allStarted).build();
    }
}
