package org.cthub.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.persistence.audit.AuditSearch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log, read by the hub operator only. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "The append-only, hash-chained audit log")
@SecurityRequirement(name = "bearer")
public class AuditResource {

    @Inject
    AuditSearch search;

    @GET
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "listAuditEntries", summary = "Page through the audit log", description = "Newest first, optionally about one kind of record "
            + "(targetType, e.g. organisation, partner-system, service-offering, country-role, working-group) or one record (targetId).")
    @APIResponse(responseCode = "200", description = "One page of entries")
    @APIResponse(responseCode = "400", description = "Invalid page or size", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Hub operators only", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Page<AuditEntryView> list(
            @Parameter(description = "Kind of record, e.g. organisation") @QueryParam("targetType") @Size(max = 100) String targetType,
            @Parameter(description = "One record's id") @QueryParam("targetId") @Size(max = 100) String targetId,
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return new Page<>(search.page(targetType, targetId, page * size, size).stream().map(AuditEntryView::of).toList(),
                page, size, search.count(targetType, targetId));
    }
}
