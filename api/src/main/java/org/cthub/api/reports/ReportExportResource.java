package org.cthub.api.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.reports.ExportingReport;
import org.cthub.integration.reports.ReportReach;
import org.cthub.integration.reports.ReportReaches;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An accepted report's rows in the standard form, as CSV, XLSX, JSON or HXL CSV. */
@Path("/reports/{reportId}/export")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReportExportResource {

    @Inject
    ExportingReport exporting;

    @Inject
    ReportReaches reaches;

    @Context
    SecurityContext security;

    @GET
    @Produces({ReportMedia.CSV, ReportMedia.XLSX, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN, Roles.SECRETARIAT})
    @Operation(operationId = "exportReport", summary = "Export an accepted report", description = "The rows of its accepted version in the standard form, the "
            + "template's fields as columns (organisation first): csv, hxl (CSV with an HXL hashtag row under the header), xlsx or json. "
            + "Streamed, whatever its size. Cells that a spreadsheet would run as a formula (= + - @) are prefixed with a quote. "
            + "For the reporting organisation, the hub operator and the secretariats of its working group; case records (ctdc-case), "
            + "one row per person, are not exported to a secretariat (403: count them with GET /statistics/cases). Audited.")
    @APIResponse(responseCode = "200", description = "The rows", content = {
            @Content(mediaType = ReportMedia.CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportMedia.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReportRowSchema.class), examples = @ExampleObject(
                    name = "standard-rows", summary = "Rows in the template's fields", value = """
                    [
                      {"organisation": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "periodStart": "2026-07-01", "periodEnd": "2026-09-30",
                       "country": "MD", "measure": "persons-assisted", "gender": "Woman", "ageBroad": "18--20", "citizenship": "MD",
                       "assistanceType": "shelter", "count": 14},
                      {"organisation": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "periodStart": "2026-07-01", "periodEnd": "2026-09-30",
                       "country": "MD", "measure": "shelter-nights", "count": 402}
                    ]"""))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response export(@Parameter(description = "The report's id") @PathParam("reportId") UUID reportId,
            @Parameter(description = "csv, hxl, xlsx or json", required = true, example = "csv")
            @QueryParam("format") @NotNull @Pattern(regexp = "csv|hxl|xlsx|json") String format) {
        ReportCaller caller = ReportCaller.of(security);
        ExportingReport.Export export = exporting.start(caller.actor(), reach(caller), reportId, format);
        var columns = export.template().fields();
        java.util.function.LongFunction<java.util.List<org.cthub.persistence.reports.StoredRow>> pages =
                after -> exporting.page(export.versionId(), after);
        String name = export.template().name() + "-" + reportId + "-v" + export.versionNumber();
        return switch (format) {
            case "json" -> Response.ok(ExportWriters.json(pages), MediaType.APPLICATION_JSON).build();
            case "xlsx" -> download(Response.ok(ExportWriters.xlsx(columns, pages, export.template().name()), ReportMedia.XLSX), name + ".xlsx");
            case "hxl" -> download(Response.ok(ExportWriters.csv(columns, pages, true), ReportMedia.CSV + ";charset=UTF-8"), name + "-hxl.csv");
            default -> download(Response.ok(ExportWriters.csv(columns, pages, false), ReportMedia.CSV + ";charset=UTF-8"), name + ".csv");
        };
    }

    private static Response download(Response.ResponseBuilder response, String fileName) {
        return response.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private ReportReach reach(ReportCaller caller) {
        if (caller.isSecretariat()) {
            return reaches.secretariat(caller.secretariatOrganisation(), null);
        }
        UUID scope = caller.scope();
        return scope == null ? reaches.operator(null) : reaches.partner(scope, null);
    }
}
