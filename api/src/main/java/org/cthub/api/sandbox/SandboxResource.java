package org.cthub.api.sandbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.sandbox.ObtainingSandboxCredentials;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A real partner gets sandbox credentials to test its own system against the hub. */
@Path("/sandbox")
@Tag(name = "Sandbox")
@SecurityRequirement(name = "bearer")
public class SandboxResource {

    @Inject
    ObtainingSandboxCredentials obtaining;

    @Context
    SecurityContext security;

    @POST
    @Path("credentials")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST issues credentials
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "createSandboxCredentials", summary = "Get sandbox credentials",
            description = "Issues a new partner client (id and secret, the secret shown only in this response) of your "
                    + "organisation's sandbox twin: an organisation named after yours with \"(sandbox)\", same type and country, "
                    + "made active with a pull-inbox system on your first request and reused afterwards. Sandbox data is kept apart "
                    + "for good: sandbox callers see and refer only to sandbox organisations (the built-in echo partner, "
                    + "echoPartnerId, and other partners' twins), never reach real partners or focal points, and are never counted "
                    + "in shared data. The echo partner accepts every referral it receives at once, so the referral-update reaches "
                    + "your sandbox organisation's systems; connect your own (a webhook, say) with POST /organisations/{id}/systems. "
                    + "Sandbox credentials cover referrals only: other features answer 403. Each call issues another client; "
                    + "revoking is the hub operator's (DELETE /clients/{clientId}). Requires a real partner's token.")
    @APIResponse(responseCode = "201", description = "The sandbox client and its secret; Location is the client",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SandboxCredentialsView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Not a partner's token, or already sandbox credentials",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Your organisation is not active in the directory",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createCredentials(@Context UriInfo uri) {
        if (!(security.getUserPrincipal() instanceof CallerPrincipal caller) || caller.organisationId() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        SandboxCredentialsView issued = SandboxCredentialsView.of(obtaining.obtain(caller.clientId(), caller.organisationId()));
        return Response.created(uri.getBaseUriBuilder().path("clients").path(issued.clientId()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore()).entity(issued).build();
    }

    private static CacheControl noStore() {
        CacheControl control = new CacheControl();
        control.setNoStore(true);
        return control;
    }
}
