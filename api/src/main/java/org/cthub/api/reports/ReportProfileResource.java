package org.cthub.api.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.cthub.api.partner.EntityTags;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.reports.DryRunningProfile;
import org.cthub.integration.reports.ManagingReportProfiles;
import org.cthub.integration.reports.ReportSettings;
import org.cthub.persistence.reports.ReportProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Report profiles, managed by the partner clients of the organisation that owns them; the hub operator reads
 * them. Another organisation's profile is not found. A dry run maps a sample file and stores nothing.
 */
@Path("/reports/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReportProfileResource {

    private static final String WHAT = "Report profile";

    @Inject
    ManagingReportProfiles managing;

    @Inject
    DryRunningProfile dryRunning;

    @Inject
    ReportSettings settings;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "createReportProfile", summary = "Create a report profile", description = "Your organisation's layout mapped onto a template. Every mapped "
            + "field must be a field of the template, every required field mapped, and every value mapping must lead to a valid "
            + "standard value. Audited.")
    @APIResponse(responseCode = "201", description = "Created, with Location and ETag", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such template version", content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response create(@NotNull @Valid ProfileRequest request, @Context UriInfo uri) {
        ReportCaller caller = ReportCaller.of(security);
        ReportProfile created = managing.create(caller.actor(), caller.organisation(), request.details());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.of(created.version())).entity(ProfileView.of(created)).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "listReportProfiles", summary = "List report profiles", description = "A partner gets its organisation's; the hub operator gets all. By name.")
    @APIResponse(responseCode = "200", description = "One page of profiles")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ProfileView> list(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        UUID scope = ReportCaller.of(security).scope();
        return new Page<>(managing.page(scope, page * size, size).stream().map(ProfileView::of).toList(), page, size, managing.count(scope));
    }

    @GET
    @Path("{profileId}")
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "getReportProfile", summary = "Read a report profile", description = "The ETag goes into If-Match to update it.")
    @APIResponse(responseCode = "200", description = "The profile", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response read(@Parameter(description = "The profile's id") @PathParam("profileId") UUID profileId) {
        ReportProfile profile = managing.read(ReportCaller.of(security).scope(), profileId);
        return Response.ok(ProfileView.of(profile)).tag(EntityTags.of(profile.version())).build();
    }

    @PUT
    @Path("{profileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "replaceReportProfile", summary = "Replace a report profile", description = "Checked as on creation. Reports already imported keep what "
            + "they were mapped to. Requires If-Match. Audited.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ProfileView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "The profile's id") @PathParam("profileId") UUID profileId,
            @Parameter(description = "The ETag from your last GET", required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ProfileRequest request) {
        ReportCaller caller = ReportCaller.of(security);
        UUID organisation = caller.organisation();
        long expected = EntityTags.expectedVersion(ifMatch, WHAT, profileId);
        ReportProfile updated = managing.update(caller.actor(), organisation, profileId, expected, request.details());
        return Response.ok(ProfileView.of(updated)).tag(EntityTags.of(updated.version())).build();
    }

    @DELETE
    @Path("{profileId}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "removeReportProfile", summary = "Remove a report profile", description = "It can no longer be used for uploads. Audited.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response remove(@Parameter(description = "The profile's id") @PathParam("profileId") UUID profileId) {
        ReportCaller caller = ReportCaller.of(security);
        managing.remove(caller.actor(), caller.organisation(), profileId);
        return Response.noContent().build();
    }

    @POST
    @Path("{profileId}/dry-run")
    @Consumes({ReportMedia.CSV, ReportMedia.XLSX, ReportMedia.JSON, ReportMedia.XML, ReportMedia.OCTET})
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "dryRunReportProfile", summary = "Try a profile on a sample file", description = "Maps the sample (at most hub.reports.max-sample-bytes, "
            + "default 1 MiB) through the profile and returns its first 100 rows in the standard form and every error of those rows. "
            + "Nothing is stored. The body is the file as is.")
    @RequestBody(required = true, content = {
            @Content(mediaType = ReportMedia.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportMedia.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportMedia.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportRowSchema.class),
                    examples = @ExampleObject(name = "ngo-rows", ref = "NgoReportRows")),
            @Content(mediaType = ReportMedia.XML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportMedia.OCTET, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The mapped rows and their errors", content = @Content(schema = @Schema(implementation = DryRunView.class)))
    @APIResponse(responseCode = "400", description = "The body broke off", content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "413", description = ReportMedia.TOO_LARGE, content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Send the file as text/csv, XLSX, application/json, application/xml or application/octet-stream", content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ReportMedia.UNREADABLE, content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DryRunView dryRun(@Parameter(description = "The profile's id") @PathParam("profileId") UUID profileId,
            @Context HttpServletRequest request) {
        ReportCaller caller = ReportCaller.of(security);
        UUID organisation = caller.organisation();
        java.nio.file.Path sample = UploadBody.spool(request, settings.intakeFolder(), settings.maxSampleBytes());
        try {
            return DryRunView.of(dryRunning.dryRun(caller.actor(), organisation, profileId, sample));
        } finally {
            UploadBody.delete(sample);
        }
    }
}
