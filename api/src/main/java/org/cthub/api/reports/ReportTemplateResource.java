package org.cthub.api.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.reports.ReportTemplates;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The report templates: each version of each is a JSON Schema of one row of the standard form. */
@Path("/reports/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReportTemplateResource {

    static final String SCHEMA_JSON = "application/schema+json";

    @Inject
    ReportTemplates templates;

    @GET
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "listReportTemplates", summary = "List report templates", description = "activity-report (counts of persons assisted and activities, "
            + "one count line per row) and ctdc-case (anonymised case records with the CTDC codebook variables), each version "
            + "with its fields and where its schema is.")
    @APIResponse(responseCode = "200", description = "Every template version")
    public List<TemplateView> list() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("{name}/versions/{version}")
    @Produces({SCHEMA_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "getReportTemplateSchema", summary = "Read a template's schema", description = "The JSON Schema (2020-12) of one row of the standard form, "
            + "as application/schema+json. A version never changes once published; a change is a new version.")
    @APIResponse(responseCode = "200", description = "The JSON Schema", content = @Content(mediaType = SCHEMA_JSON,
            schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "activity-report-v1", summary = "Shortened", value = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "urn:cthub:report-template:activity-report:1",
              "title": "Activity report, version 1",
              "type": "object",
              "additionalProperties": false,
              "required": ["periodStart", "periodEnd", "country", "measure", "count"],
              "properties": {
                "periodStart": {"type": "string", "format": "date", "x-hxl": "#date+start"},
                "country": {"type": "string", "pattern": "^[A-Z]{2}$", "x-hxl": "#country+code"},
                "count": {"type": "integer", "minimum": 0}
              }
            }""")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response schema(@Parameter(description = "The template's name", example = "activity-report") @PathParam("name") String name,
            @Parameter(description = "The template's version, from 1", example = "1") @PathParam("version") int version) {
        return Response.ok(templates.get(name, version).schema(), SCHEMA_JSON).build();
    }
}
