package org.cthub.integration.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two timers over the audit log: {@value #SEAL_ROUTE_ID} seals newly committed entries into the hash chain
 * within a fraction of a second, and {@value #VERIFY_ROUTE_ID} verifies the chain, so tampering shows up in
 * readiness within minutes.
 */
@ApplicationScoped
public class AuditChainRoutes extends RouteBuilder {

    public static final String SEAL_ROUTE_ID = "audit-seal-chain";
    public static final String VERIFY_ROUTE_ID = "audit-verify-chain";

    @Inject
    SealingAuditChain sealer;

    @Inject
    VerifyingAuditChain verifier;

    @Inject
    @ConfigProperty(name = "hub.audit.seal-interval-ms", defaultValue = "500")
    long sealIntervalMs;

    @Inject
    @ConfigProperty(name = "hub.audit.verify-interval-ms", defaultValue = "60000")
    long verifyIntervalMs;

    @Override
    public void configure() {
        from("timer:" + SEAL_ROUTE_ID + "?delay=1000&period=" + sealIntervalMs)
                .routeId(SEAL_ROUTE_ID)
                .process(exchange -> exchange.getMessage().setBody(sealer.sealPending()))
                .log(LoggingLevel.DEBUG, "Sealed ${body} audit entries into the chain");
        from("timer:" + VERIFY_ROUTE_ID + "?delay=1000&period=" + verifyIntervalMs)
                .routeId(VERIFY_ROUTE_ID)
                .process(exchange -> exchange.getMessage().setBody(verifier.verifyNext()))
                .log(LoggingLevel.DEBUG, "Verified ${body} new audit entries");
    }
}
