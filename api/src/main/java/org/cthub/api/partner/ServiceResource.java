package org.cthub.api.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.cthub.integration.partner.OfferingService;
import org.cthub.integration.partner.UpdatingServiceCapacity;
import org.cthub.integration.partner.WithdrawingService;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.partner.ServiceOfferings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What assistance an organisation offers where: read by all, kept up to date by the organisation itself. */
@Path("/organisations/{id}/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Services")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
@APIResponse(responseCode = "404", ref = "NotFound")
public class ServiceResource {

    @Inject
    Organisations organisations;

    @Inject
    ServiceOfferings offerings;

    @Inject
    OfferingService offering;

    @Inject
    UpdatingServiceCapacity updating;

    @Inject
    WithdrawingService withdrawing;

    @Context
    SecurityContext security;

    @PathParam("id")
    @Parameter(description = "The organisation's id")
    UUID organisationId;

    @GET
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "listServices", summary = "List an organisation's services", description = "By assistance type, country and place.")
    @APIResponse(responseCode = "200", description = "The services")
    public List<ServiceView> list() {
        organisations.get(organisationId);
        return offerings.of(organisationId).stream().map(ServiceView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "offerService", summary = "Offer a service", description = "Hub operator, or a partner for its own organisation.")
    @APIResponse(responseCode = "201", description = "Listed, with Location and ETag", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response offer(@NotNull @Valid ServiceRequest request, @Context UriInfo uri) {
        Caller caller = Caller.of(security).requireActsFor(organisationId);
        ServiceOffering created = offering.offer(caller.actor(), organisationId, request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.of(created.version())).entity(ServiceView.of(created)).build();
    }

    @GET
    @Path("{serviceId}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "getService", summary = "Read a service", description = "The ETag goes into If-Match to update it.")
    @APIResponse(responseCode = "200", description = "The service", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    public Response read(@Parameter(description = "The service's id") @PathParam("serviceId") UUID serviceId) {
        ServiceOffering found = offerings.get(organisationId, serviceId);
        return Response.ok(ServiceView.of(found)).tag(EntityTags.of(found.version())).build();
    }

    @PUT
    @Path("{serviceId}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "updateService", summary = "Update a service", description = "Typically today's capacity. Saving it unchanged confirms it "
            + "(updatedAt moves). Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = ServiceView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "The service's id") @PathParam("serviceId") UUID serviceId,
            @Parameter(description = "The ETag from your last GET", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ServiceRequest request) {
        Caller caller = Caller.of(security).requireActsFor(organisationId);
        long expected = EntityTags.expectedVersion(ifMatch, "Service offering", serviceId);
        ServiceOffering updated = updating.update(caller.actor(), organisationId, serviceId, expected, request.details());
        return Response.ok(ServiceView.of(updated)).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{serviceId}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER})
    @Operation(operationId = "withdrawService", summary = "Withdraw a service", description = "The organisation no longer offers it.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@Parameter(description = "The service's id") @PathParam("serviceId") UUID serviceId) {
        Caller caller = Caller.of(security).requireActsFor(organisationId);
        withdrawing.withdraw(caller.actor(), organisationId, serviceId);
        return Response.noContent().build();
    }
}
