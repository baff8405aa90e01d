package org.cthub.integration.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready once the audit chain is found broken: an operator must look before the hub serves on. */
@Readiness
@ApplicationScoped
public class AuditChainReadiness implements HealthCheck {

    @Inject
    VerifyingAuditChain verifier;

    @Override
    public HealthCheckResponse call() {
        VerifyingAuditChain.ChainStatus status = verifier.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("audit-chain")
                .withData("verifiedEntries", status.verifiedEntries())
                .withData("lastVerifiedPosition", status.lastVerifiedPosition())
                .withData("verificationRuns", status.runs());
        if (status.brokenAtId() != null) {
            response.withData("brokenAtId", status.brokenAtId());
        }
        return response.status(status.intact()).build();
    }
}
