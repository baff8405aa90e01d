package org.cthub.api.sandbox;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.UUID;
import org.cthub.api.support.problem.HubExceptionMapper;
import java.util.function.Supplier;
import org.cthub.api.support.security.SandboxSides;
import org.cthub.persistence.support.RecordNotFound;

/**
 * Under {@code /organisations/{id}}: an organisation on the other side of the sandbox boundary answers exactly as
 * an unknown one, 404, so neither side learns the other's ids. The hub operator sees both sides.
 */
final class OrganisationOnCallersSide implements ContainerRequestFilter {

    private final Supplier<SandboxSides> sides;

    OrganisationOnCallersSide(Supplier<SandboxSides> sides) {
        this.sides = sides;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Boolean callersSide = sides.get().sideOf(request.getSecurityContext().getUserPrincipal());
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (callersSide == null || id == null) {
            return;
        }
        UUID organisation;
        try {
            organisation = UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            return; // the resource refuses a malformed id itself
        }
        if (sides.get().isSandbox(organisation).map(side -> !side.equals(callersSide)).orElse(false)) {
            request.abortWith(new HubExceptionMapper().toResponse(new RecordNotFound("Organisation", organisation)));
        }
    }
}
