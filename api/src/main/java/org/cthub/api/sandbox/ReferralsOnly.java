package org.cthub.api.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response.Status;
import org.cthub.api.support.problem.Problem;
import java.util.function.Supplier;
import org.cthub.api.support.security.SandboxSides;

/** Refuses a sandbox caller an operation outside the referral flow, with a 403 that says why. */
final class ReferralsOnly implements ContainerRequestFilter {

    static final String PROBLEM = "sandbox-referrals-only";

    private final Supplier<SandboxSides> sides;

    ReferralsOnly(Supplier<SandboxSides> sides) {
        this.sides = sides;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (sides.get().isSandboxCaller(request.getSecurityContext().getUserPrincipal())) {
            request.abortWith(Problem.of(PROBLEM, Status.FORBIDDEN, "Sandbox credentials cover referrals only: referrals, "
                    + "their answers and follow-ups, the inbox, the directory and your sandbox organisation's systems. "
                    + "Use your organisation's own credentials for everything else.").toResponse());
        }
    }
}
