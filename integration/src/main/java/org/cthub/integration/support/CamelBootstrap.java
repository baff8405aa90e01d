package org.cthub.integration.support;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Starts the hub's one Camel context with the application and stops it on shutdown. There is no camel-cdi
 * for Camel 4: every {@link RoutesBuilder} that CDI knows is added here, and routes reach the use cases
 * through the beans CDI hands them, so the container still owns transactions and lifecycles.
 */
@ApplicationScoped
public class CamelBootstrap {

    @Inject
    @Any
    Instance<RoutesBuilder> routes;

    private final CamelContext camel = new DefaultCamelContext();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) throws Exception {
        camel.getCamelContextExtension().setName("cthub");
        for (RoutesBuilder builder : routes) {
            camel.addRoutes(builder);
        }
        camel.start();
    }

    @PreDestroy
    void stop() {
        camel.stop();
    }

    /** The running context, for health checks and tests of the deployed hub. */
    public CamelContext context() {
        return camel;
    }
}
