package org.cthub.api.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.access.ListingClients;
import org.cthub.integration.access.RegisteringClient;
import org.cthub.integration.access.RevokingClient;
import org.cthub.integration.access.RotatingClientSecret;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A hub-admin's view of all API clients: list, read, register another hub-admin, rotate a secret, revoke. */
@RequestScoped
@Path("clients")
@RolesAllowed(Roles.HUB_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token is not a hub-admin's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClientsResource {

    @Inject
    ListingClients listing;

    @Inject
    RegisteringClient registering;

    @Inject
    RotatingClientSecret rotating;

    @Inject
    RevokingClient revoking;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listClients", summary = "List API clients", description = "Oldest first. `page` counts from 0; `size` is 1 to 100 (default 20).")
    @APIResponse(responseCode = "200", description = "One page of clients")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ClientResponse> list(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ListingClients.ClientPage found = listing.page(page, size);
        return new Page<>(found.clients().stream().map(ClientResponse::of).toList(), page, size, found.total());
    }

    @GET
    @Path("{clientId}")
    @Operation(operationId = "getClient", summary = "Read one API client", description = "Its roles, organisation, partner system and status; never a secret.")
    @APIResponse(responseCode = "200", description = "The client", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClientResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClientResponse one(@Parameter(description = "The client's id, as shown when it was registered") @PathParam("clientId") String clientId) {
        return ClientResponse.of(listing.one(clientId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerHubAdminClient", summary = "Register another hub-admin client",
            description = "Body {\"roles\":[\"hub-admin\"]}. The response holds the client secret: it is shown only this once."
                    + " Clients for partner systems are registered under their organisation's system instead.")
    @APIResponse(responseCode = "201", description = "The new client and its secret", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewClientResponse.class)))
    @APIResponse(responseCode = "422", description = "Roles other than exactly hub-admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registerHubAdmin(RegisterClientRequest request, @Context UriInfo uri) {
        NewClientResponse created = NewClientResponse.of(registering.hubAdmin(actor(), RegisterClientRequest.rolesOf(request)));
        return Created.at(uri, created);
    }

    @POST
    @Path("{clientId}/secret")
    @Operation(operationId = "rotateClientSecret", summary = "Rotate a client's secret",
            description = "The old secret stops working at once; tokens already issued stay valid until they expire. The new secret is shown only this once.")
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewClientResponse.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The client is revoked", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotateSecret(@Parameter(description = "The client's id, as shown when it was registered") @PathParam("clientId") String clientId) {
        NewClientResponse rotated = NewClientResponse.of(rotating.rotate(actor(), clientId));
        return TokenResponse.noStore(Response.ok(rotated, MediaType.APPLICATION_JSON_TYPE)).build();
    }

    @DELETE
    @Path("{clientId}")
    @Operation(operationId = "revokeClient", summary = "Revoke a client",
            description = "For good: it obtains no more tokens; tokens already issued stay valid until they expire (at most hub.jwt.lifetime-seconds).")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked, or the last active hub-admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@Parameter(description = "The client's id, as shown when it was registered") @PathParam("clientId") String clientId) {
        revoking.revoke(actor(), clientId);
        return Response.noContent().build();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
