package org.cthub.api.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.access.RegisteringClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A hub-admin registers the API client a partner system uses to call the hub. */
@RequestScoped
@Path("organisations/{id}/systems/{systemId}/clients")
@Tag(name = "Access")
@SecurityRequirement(name = "bearer")
public class PartnerSystemClientsResource {

    @Inject
    RegisteringClient registering;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.HUB_ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "registerSystemClient", summary = "Register an API client for a partner system",
            description = "Body {\"roles\":[\"partner\"]}, roles from partner, secretariat and reviewer. The client acts for"
                    + " the organisation; its tokens carry the organisation id. The response holds the client secret:"
                    + " it is shown only this once.")
    @APIResponse(responseCode = "201", description = "The new client and its secret", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewClientResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token is not a hub-admin's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such partner system in that organisation", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Missing or unknown roles, or hub-admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Parameter(description = "The organisation's id") @PathParam("id") UUID organisationId, @Parameter(description = "The partner system's id") @PathParam("systemId") UUID systemId,
            RegisterClientRequest request, @Context UriInfo uri) {
        String actor = security.getUserPrincipal().getName();
        NewClientResponse created = NewClientResponse.of(
                registering.forPartnerSystem(actor, organisationId, systemId, RegisterClientRequest.rolesOf(request)));
        return Created.at(uri, created);
    }
}
