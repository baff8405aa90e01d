package org.cthub.api.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.reports.ReadingReports;
import org.cthub.integration.reports.ReportImports;
import org.cthub.integration.reports.ReportReach;
import org.cthub.integration.reports.ReportReaches;
import org.cthub.integration.reports.ReviewingReport;
import org.cthub.persistence.support.NotPermitted;
import org.cthub.integration.reports.ReportSettings;
import org.cthub.integration.reports.ReportSubmitted;
import org.cthub.integration.reports.SubmittingReport;
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
 * Reports: uploaded by an NGO through one of its profiles to a working group it sits in, imported
 * asynchronously (202 and a status resource), checked row by row, with the rejected rows as JSON or CSV.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReportResource {

    static final String UPLOAD = "The body is the file as is (no multipart, no file name): CSV or HXL CSV in the profile's encoding "
            + "and delimiter, XLSX, a JSON array of flat objects, or XML (a row per child element of the root), as the profile's format says; at most hub.reports.max-upload-bytes "
            + "(default 50 MiB). It is spooled to the intake folder and imported asynchronously: poll the Location until state is "
            + "imported (rows accepted and rejected counted; the rejected rows listed) or rejected (the whole file refused, failure says why).";

    @Inject
    SubmittingReport submitting;

    @Inject
    ReadingReports reading;

    @Inject
    ReportImports imports;

    @Inject
    ReportSettings settings;

    @Inject
    ReportReaches reaches;

    @Inject
    ReviewingReport reviewing;

    @Context
    SecurityContext security;

    @POST
    @Consumes({ReportMedia.CSV, ReportMedia.XLSX, ReportMedia.JSON, ReportMedia.XML, ReportMedia.OCTET})
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "uploadReport", summary = "Upload a report", description = "Starts a report of your organisation to a working group it sits in, "
            + "on the template of the profile. " + UPLOAD)
    @RequestBody(required = true, content = {
            @Content(mediaType = ReportMedia.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportMedia.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportMedia.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportRowSchema.class),
                    examples = @ExampleObject(name = "ngo-rows", ref = "NgoReportRows")),
            @Content(mediaType = ReportMedia.XML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportMedia.OCTET, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Taken in; Location is the import status of version 1",
            content = @Content(schema = @Schema(implementation = ImportStatusView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such profile of your organisation, or no such working group",
            content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ReportMedia.TOO_LARGE, content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Send the file as text/csv, XLSX, application/json, application/xml or application/octet-stream", content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An empty upload, or your organisation does not sit in the working group", content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response upload(@Parameter(description = "Your report profile's id", required = true) @QueryParam("profile") @NotNull UUID profile,
            @Parameter(description = "The working group the report goes to", required = true) @QueryParam("workingGroup") @NotNull UUID workingGroup,
            @Context HttpServletRequest request, @Context UriInfo uri) {
        ReportCaller caller = ReportCaller.of(security);
        UUID organisation = caller.organisation();
        java.nio.file.Path spooled = UploadBody.spool(request, settings.intakeFolder(), settings.maxUploadBytes());
        ReportSubmitted submitted;
        try {
            submitted = submitting.submit(caller.actor(), organisation, profile, workingGroup, spooled, size(spooled));
        } finally {
            UploadBody.delete(spooled); // kept under the version's id when taken in; gone otherwise
        }
        return accepted(submitted, organisation, uri);
    }

    @POST
    @Path("{reportId}/versions")
    @Consumes({ReportMedia.CSV, ReportMedia.XLSX, ReportMedia.JSON, ReportMedia.XML, ReportMedia.OCTET})
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "uploadReportVersion", summary = "Upload a corrected version", description = "The next version of a report returned for correction (or "
            + "whose latest upload was rejected as a whole), through a profile for the same template version. " + UPLOAD)
    @RequestBody(required = true, content = {
            @Content(mediaType = ReportMedia.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportMedia.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ReportMedia.JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportRowSchema.class),
                    examples = @ExampleObject(name = "ngo-rows", ref = "NgoReportRows")),
            @Content(mediaType = ReportMedia.XML, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportMedia.OCTET, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Taken in; Location is the new version's import status",
            content = @Content(schema = @Schema(implementation = ImportStatusView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "The report is not returned for correction (submitted, or accepted), or the profile is for another template version",
            content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = ReportMedia.TOO_LARGE, content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Send the file as text/csv, XLSX, application/json, application/xml or application/octet-stream", content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An empty upload", content = @Content(mediaType = ReportMedia.PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response resubmit(@Parameter(description = "The report's id") @PathParam("reportId") UUID reportId,
            @Parameter(description = "Your report profile's id", required = true) @QueryParam("profile") @NotNull UUID profile,
            @Context HttpServletRequest request, @Context UriInfo uri) {
        ReportCaller caller = ReportCaller.of(security);
        UUID organisation = caller.organisation();
        java.nio.file.Path spooled = UploadBody.spool(request, settings.intakeFolder(), settings.maxUploadBytes());
        ReportSubmitted submitted;
        try {
            submitted = submitting.resubmit(caller.actor(), organisation, reportId, profile, spooled, size(spooled));
        } finally {
            UploadBody.delete(spooled);
        }
        return accepted(submitted, organisation, uri);
    }

    private Response accepted(ReportSubmitted submitted, UUID organisation, UriInfo uri) {
        imports.enqueue(submitted.versionId());
        return Response.accepted(ImportStatusView.of(submitted.reportId(),
                        reading.version(reaches.partner(organisation, null), submitted.reportId(), submitted.versionNumber())))
                .location(uri.getBaseUriBuilder().path("reports").path(submitted.reportId().toString()).path("versions")
                        .path(Integer.toString(submitted.versionNumber())).build()).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN, Roles.SECRETARIAT})
    @Operation(operationId = "listReports", summary = "List reports", description = "A partner gets its organisation's reports; the hub operator all; a secretariat "
            + "those sent to a working group its organisation sits in, named in workingGroup (403 without it, or for another group). "
            + "Latest change first.")
    @APIResponse(responseCode = "200", description = "One page of reports")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Page<ReportView> list(
            @Parameter(description = "Only reports to this working group") @QueryParam("workingGroup") UUID workingGroup,
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ReportCaller caller = ReportCaller.of(security);
        ReportReach reach = reach(caller.forListing(), workingGroup);
        return new Page<>(reading.page(caller.actor(), reach, page * size, size).stream().map(ReportView::of).toList(),
                page, size, reading.count(reach));
    }

    @GET
    @Path("{reportId}")
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN, Roles.SECRETARIAT})
    @Operation(operationId = "getReport", summary = "Read a report", description = "Its review status and its versions with their import status. Another "
            + "organisation's report is not found. Audited.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ReportView read(@Parameter(description = "The report's id") @PathParam("reportId") UUID reportId) {
        ReportCaller caller = ReportCaller.of(security);
        return ReportView.of(reading.read(caller.actor(), reach(caller, null), reportId));
    }

    @POST
    @Path("{reportId}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "acceptReport", summary = "Accept a report", description = "For a secretariat whose organisation sits in the working group the "
            + "report was sent to (not the reporting organisation's own). The latest version must be imported; only accepted reports "
            + "feed shared data. Audited.")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ReportView accept(@Parameter(description = "The report's id") @PathParam("reportId") UUID reportId, @Valid ReviewRequest review) {
        ReportCaller caller = ReportCaller.of(security);
        return ReportView.of(reviewing.accept(caller.actor(), caller.secretariatOrganisation(), reportId, review == null ? null : review.comment()));
    }

    @POST
    @Path("{reportId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SECRETARIAT)
    @Operation(operationId = "returnReport", summary = "Return a report for correction", description = "As acceptance, with a comment saying what to correct; "
            + "the NGO then uploads a corrected file as the report's next version. Audited.")
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public ReportView returnForCorrection(@Parameter(description = "The report's id") @PathParam("reportId") UUID reportId,
            @NotNull @Valid ReviewRequest review) {
        ReportCaller caller = ReportCaller.of(security);
        return ReportView.of(reviewing.returnForCorrection(caller.actor(), caller.secretariatOrganisation(), reportId, review.comment()));
    }

    @GET
    @Path("{reportId}/versions/{number}")
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN, Roles.SECRETARIAT})
    @Operation(operationId = "getReportVersion", summary = "Read a version's import status", description = "State (queued, running, imported, rejected) and progress: "
            + "rows read, accepted and rejected so far, moving on after every batch.")
    @APIResponse(responseCode = "200", description = "The import status", content = @Content(schema = @Schema(implementation = ImportStatusView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ImportStatusView version(@Parameter(description = "The report's id") @PathParam("reportId") UUID reportId,
            @Parameter(description = "The version number, from 1") @PathParam("number") int number) {
        return ImportStatusView.of(reportId, reading.version(reach(ReportCaller.of(security), null), reportId, number));
    }

    @GET
    @Path("{reportId}/versions/{number}/rejected-rows")
    @Produces({MediaType.APPLICATION_JSON, ReportMedia.CSV})
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN, Roles.SECRETARIAT})
    @Operation(operationId = "listRejectedRows", summary = "Read the rejected rows", description = "The validation report: each rejected row's number in the file "
            + "(line or sheet row), the field at fault and the reason, in row order; a row with several faults has a line for each. "
            + "JSON pages by default; with Accept: text/csv the whole list downloads as CSV (UTF-8 with BOM). Audited.")
    @APIResponse(responseCode = "200", description = "The rejected rows",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RejectedRowsPage.class)),
                    @Content(mediaType = ReportMedia.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response rejectedRows(@Parameter(description = "The report's id") @PathParam("reportId") UUID reportId,
            @Parameter(description = "The version number, from 1") @PathParam("number") int number,
            @Parameter(description = "0-based page number (JSON)") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100 (JSON)") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context HttpHeaders headers) {
        ReportCaller caller = ReportCaller.of(security);
        ReportReach reach = reach(caller, null);
        if (wantsCsv(headers)) {
            reading.rejectionCount(reach, reportId, number); // a report out of reach is 404 before the download starts
            return Response.ok(RejectedRowsCsv.of(offset -> reading.rejections(caller.actor(), reach, reportId, number, offset,
                            RejectedRowsCsv.PAGE)), ReportMedia.CSV + ";charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"rejected-rows-v" + number + ".csv\"").build();
        }
        List<RowErrorView> items = reading.rejections(caller.actor(), reach, reportId, number, (long) page * size, size).stream()
                .map(r -> new RowErrorView(r.number(), r.field(), r.reason())).toList();
        return Response.ok(new RejectedRowsPage(items, page, size, reading.rejectionCount(reach, reportId, number)),
                MediaType.APPLICATION_JSON).build();
    }

    private static boolean wantsCsv(HttpHeaders headers) {
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(ReportMedia.CSV)) && !accepted.get(0).isWildcardType();
    }

    private ReportReach reach(ReportCaller caller, UUID workingGroup) {
        if (caller.isSecretariat()) {
            if (workingGroup == null && caller.listing()) {
                throw new NotPermitted("A secretariat lists the reports of one working group it sits in: name it in workingGroup");
            }
            return reaches.secretariat(caller.secretariatOrganisation(), workingGroup);
        }
        UUID scope = caller.scope();
        return scope == null ? reaches.operator(workingGroup) : reaches.partner(scope, workingGroup);
    }

    private static long size(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** One page of rejected rows. */
    @Schema(name = "ReportRejectedRows", example = """
            {
              "items": [
                {
                  "row": 4,
                  "field": "ageBroad",
                  "reason": "missing: required for measure persons-assisted"
                },
                {
                  "row": 9,
                  "field": "country",
                  "reason": "'Moldova' is not an ISO 3166-1 alpha-2 code"
                }
              ],
              "page": 0,
              "size": 20,
              "total": 2
            }
            """)
    public record RejectedRowsPage(List<RowErrorView> items, int page, int size, long total) {
    }
}
