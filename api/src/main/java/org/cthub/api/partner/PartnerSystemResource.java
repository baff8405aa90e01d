package org.cthub.api.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.partner.AddingPartnerSystem;
import org.cthub.integration.partner.RotatingSigningSecret;
import org.cthub.integration.delivery.sftp.SftpKeys;
import org.cthub.integration.partner.UpdatingPartnerSystem;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An organisation's partner systems. Only the hub operator and the organisation's own partner clients see
 * or change them (others get 403: which organisations exist is public in the directory, their systems not).
 */
@Path("/organisations/{id}/systems")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner systems")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "404", ref = "NotFound")
public class PartnerSystemResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    @Inject
    Organisations organisations;

    @Inject
    PartnerSystems systems;

    @Inject
    AddingPartnerSystem adding;

    @Inject
    UpdatingPartnerSystem updating;

    @Inject
    RotatingSigningSecret rotating;

    @Inject
    SftpKeys sftpKeys;

    @Context
    SecurityContext security;

    @PathParam("id")
    @Parameter(description = "The organisation's id")
    UUID organisationId;

    @GET
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "listPartnerSystems", summary = "List an organisation's partner systems", description = "Hub operator, or a partner for its own organisation.")
    @APIResponse(responseCode = "200", description = "The systems, by name")
    public List<PartnerSystemView> list() {
        Caller.of(security).requireActsFor(organisationId);
        organisations.get(organisationId);
        return systems.of(organisationId).stream().map(system -> PartnerSystemView.of(system, sftpKeys.publicKey())).toList();
    }

    @POST
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "connectPartnerSystem", summary = "Connect a partner system", description = "Give webhook.url for channel webhook (public https only), "
            + "sftp.{host,port,path,username} for sftp, nothing more for pull-inbox. A webhook system's signingSecret is in "
            + "this response only: store it. An SFTP system's view shows hubSshPublicKey, the key the hub logs in with: the "
            + "partner adds it to the account's authorized_keys, and the hub operator adds the server's host key to the hub's "
            + "known_hosts (HUB_SFTP_KNOWN_HOSTS_FILE). Optional xmlMapping (any channel): messages go to the system as XML "
            + "shaped by it when its formats list application/xml before application/json; see the XmlMapping schema.")
    @APIResponse(responseCode = "201", description = "Connected, with Location and ETag", content = @Content(schema = @Schema(implementation = PartnerSystemView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "The organisation is suspended", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response add(@NotNull @Valid PartnerSystemRequest request, @Context UriInfo uri) {
        Caller caller = Caller.of(security).requireActsFor(organisationId);
        PartnerSystem system = adding.add(caller.actor(), organisationId, request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(system.id().toString()).build())
                .tag(EntityTags.of(system.version())).cacheControl(NO_STORE)
                .entity(PartnerSystemView.revealing(system, sftpKeys.publicKey())).build();
    }

    @GET
    @Path("{systemId}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "getPartnerSystem", summary = "Read a partner system", description = "Never includes the signing secret. The ETag goes into If-Match to update.")
    @APIResponse(responseCode = "200", description = "The system", content = @Content(schema = @Schema(implementation = PartnerSystemView.class)))
    public Response read(@Parameter(description = "The partner system's id") @PathParam("systemId") UUID systemId) {
        Caller.of(security).requireActsFor(organisationId);
        PartnerSystem system = systems.get(organisationId, systemId);
        return Response.ok(PartnerSystemView.of(system, sftpKeys.publicKey())).tag(EntityTags.of(system.version())).build();
    }

    @PUT
    @Path("{systemId}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "updatePartnerSystem", summary = "Update a partner system", description = "Name, formats, xmlMapping (left out: removed), address and status (active/disabled); "
            + "the channel cannot change (409: connect a new system instead). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = PartnerSystemView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "The partner system's id") @PathParam("systemId") UUID systemId,
            @Parameter(description = "The ETag from your last GET", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PartnerSystemRequest request) {
        Caller caller = Caller.of(security).requireActsFor(organisationId);
        long expected = EntityTags.expectedVersion(ifMatch, "Partner system", systemId);
        PartnerSystem system = updating.update(caller.actor(), organisationId, systemId, expected, request.details());
        return Response.ok(PartnerSystemView.of(system, sftpKeys.publicKey())).tag(EntityTags.of(system.version())).build();
    }

    @POST
    @Path("{systemId}/signing-secret")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST rotates
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "rotateSigningSecret", summary = "Rotate the webhook signing secret", description = "Issues a new secret, shown in this response "
            + "only; the old one stops verifying at once. Webhook systems only (409 otherwise).")
    @APIResponse(responseCode = "200", description = "The system with its new signingSecret", content = @Content(schema = @Schema(implementation = PartnerSystemView.class)))
    @APIResponse(responseCode = "409", description = "Not a webhook system", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response rotate(@Parameter(description = "The partner system's id") @PathParam("systemId") UUID systemId) {
        Caller caller = Caller.of(security).requireActsFor(organisationId);
        PartnerSystem system = rotating.rotate(caller.actor(), organisationId, systemId);
        return Response.ok(PartnerSystemView.revealing(system, sftpKeys.publicKey())).cacheControl(NO_STORE).build();
    }
}
