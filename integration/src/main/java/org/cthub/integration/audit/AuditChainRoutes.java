package org.cthub.integration.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Verifies the audit log's hash chain on a timer, so tampering shows up in readiness within minutes. */
@ApplicationScoped
public class AuditChainRoutes extends RouteBuilder {

    public static final String VERIFY_ROUTE_ID = "audit-verify-chain";

    @Inject
    VerifyingAuditChain verifier;

    @Inject
    @ConfigProperty(name = "hub.audit.verify-interval-ms", defaultValue = "60000")
    long intervalMs;

    @Override
    public void configure() {
        from("timer:" + VERIFY_ROUTE_ID + "?delay=1000&period=" + intervalMs)
                .routeId(VERIFY_ROUTE_ID)
                .process(exchange -> exchange.getMessage().setBody(verifier.verifyNext()))
                .log(org.apache.camel.LoggingLevel.DEBUG, "Verified ${body} new audit entries");
    }
}
