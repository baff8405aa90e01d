package org.cthub.api.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.api.support.security.SandboxSides;
import org.cthub.integration.partner.RegisteringOrganisation;
import org.cthub.integration.partner.UpdatingOrganisation;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.OrganisationFilter;
import org.cthub.persistence.partner.OrganisationStatus;
import org.cthub.persistence.partner.OrganisationType;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The directory of partner organisations. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OrganisationResource {

    @Inject
    Organisations organisations;

    @Inject
    RegisteringOrganisation registering;

    @Inject
    UpdatingOrganisation updating;

    @Inject
    SandboxSides sandboxSides;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "listOrganisations", summary = "List organisations", description = "Organisations by name, filtered by country, type, "
            + "an assistance type they offer, or status; paginated (page is 0-based).")
    @APIResponse(responseCode = "200", description = "One page of organisations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Page<OrganisationView> list(
            @Parameter(description = "ISO 3166-1 alpha-2 code (XK for Kosovo)", example = "AL") @QueryParam("country") String country,
            @Parameter(description = "Only organisations of this type", schema = @Schema(type = SchemaType.STRING, enumeration = {"government", "ngo", "international-organisation", "working-group-secretariat"})) @QueryParam("type") String type,
            @Parameter(description = "Only organisations offering this assistance type", example = "shelter") @QueryParam("assistanceType") String assistanceType,
            @Parameter(description = "Only organisations in this status", schema = @Schema(type = SchemaType.STRING, enumeration = {"pending", "active", "suspended"})) @QueryParam("status") String status,
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        OrganisationFilter filter = new OrganisationFilter(
                country == null ? null : CountryCode.of(country, "country"),
                type == null ? null : Codes.parse(OrganisationType.class, type, "type"),
                assistanceType == null ? null : Codes.parse(AssistanceType.class, assistanceType, "assistanceType"),
                status == null ? null : Codes.parse(OrganisationStatus.class, status, "status"))
                .onSide(sandboxSides.sideOf(security.getUserPrincipal()));
        return Paging.of(organisations.search(filter, Paging.offset(page, size), size).stream().map(OrganisationView::of).toList(),
                page, size, organisations.count(filter));
    }

    @POST
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation", description = "Registers a partner; it starts pending. "
            + "Answers 201 with Location and ETag.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response register(@NotNull @Valid OrganisationRequest request, @Context UriInfo uri) {
        Organisation organisation = registering.register(Caller.of(security).actor(), request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(organisation.id().toString()).build())
                .tag(EntityTags.of(organisation.version())).entity(OrganisationView.of(organisation)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "getOrganisation", summary = "Read an organisation", description = "The ETag header carries the version to send in If-Match when updating.")
    @APIResponse(responseCode = "200", description = "The organisation", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response read(@Parameter(description = "The organisation's id") @PathParam("id") UUID id) {
        Organisation organisation = organisations.get(id);
        return Response.ok(OrganisationView.of(organisation)).tag(EntityTags.of(organisation.version())).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation", description = "Replaces name, type, country and contact, and "
            + "moves the status if given (pending → active ↔ suspended). Requires If-Match with the current ETag.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "The organisation's id") @PathParam("id") UUID id,
            @Parameter(description = "The ETag from your last GET, e.g. \"3\"", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid OrganisationRequest request) {
        long expected = EntityTags.expectedVersion(ifMatch, "Organisation", id);
        Organisation organisation = updating.update(Caller.of(security).actor(), id, expected, request.details(), request.status());
        return Response.ok(OrganisationView.of(organisation)).tag(EntityTags.of(organisation.version())).build();
    }
}
