package org.cthub.api.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
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
import java.util.Map;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.statistics.SavingQueries;
import org.cthub.persistence.statistics.SavedQuery;
import org.cthub.persistence.statistics.Schedule;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Saved queries, like DHIS2 aggregate data exchanges: a secretariat (or a partner) saves a referral query, runs it
 * on demand or on a schedule, and receives each run's protected result through its partner systems.
 */
@Path("/statistics/queries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Shared data")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SavedQueryResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOT_FOUND = "No such saved query, or one of another organisation: the two are not told apart";

    @Inject
    SavingQueries saving;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER})
    @Operation(operationId = "saveQuery", summary = "Save a query", description = "Saves a query of your organisation on one dataset (referrals, follow-ups, "
            + "persons-assisted, cases, reports): dimensions (and, for referrals, filters) as GET /statistics/{dataset} takes them, a rolling period (the last lastMonths months up to the month of each run) and a "
            + "schedule. Its runs count the data your role sees: a secretariat's working groups' countries (403 if your organisation "
            + "sits in none), or a partner's own referrals. Each run reaches every active partner system of your organisation as a "
            + "statistics message, computed and protected when it is handed over. Audited.")
    @APIResponse(responseCode = "201", description = "Saved, with Location", content = @Content(schema = @Schema(implementation = SavedQueryView.class)))
    @APIResponse(responseCode = "400", description = "The body fails validation", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A dataset, dimension, filter or schedule is not known, a dimension is both counted and "
            + "filtered, or filters are given for a dataset other than referrals",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response save(@NotNull @Valid SavedQueryRequest body, @Context UriInfo uri) {
        CallerPrincipal caller = caller();
        SavedQuery saved = saving.save(caller.clientId(), organisation(caller),
                caller.hasRole(Roles.SECRETARIAT) ? SavedQuery.Scope.SECRETARIAT : SavedQuery.Scope.PARTNER, body.name(),
                body.dataset() == null ? "referrals" : body.dataset(), body.dimensions(),
                body.filters() == null ? Map.of() : body.filters(), body.lastMonths(),
                body.schedule() == null ? Schedule.NONE : Codes.parse(Schedule.class, body.schedule(), "schedule"));
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id().toString()).build()).entity(SavedQueryView.of(saved)).build();
    }

    @GET
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER})
    @Operation(operationId = "listSavedQueries", summary = "List your saved queries", description = "Your organisation's saved queries, oldest first.")
    @APIResponse(responseCode = "200", description = "One page of saved queries")
    @APIResponse(responseCode = "400", description = "A query parameter fails validation", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Page<SavedQueryView> list(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        UUID organisation = organisation(caller());
        return new Page<>(saving.list(organisation, page * size, size).stream().map(SavedQueryView::of).toList(), page, size,
                saving.count(organisation));
    }

    @GET
    @Path("{queryId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER})
    @Operation(operationId = "getSavedQuery", summary = "Read a saved query", description = "One of your organisation's saved queries.")
    @APIResponse(responseCode = "200", description = "The saved query", content = @Content(schema = @Schema(implementation = SavedQueryView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SavedQueryView read(@Parameter(description = "The saved query's id") @PathParam("queryId") UUID queryId) {
        return SavedQueryView.of(saving.get(organisation(caller()), queryId));
    }

    @DELETE
    @Path("{queryId}")
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER})
    @Operation(operationId = "deleteSavedQuery", summary = "Delete a saved query", description = "It runs no more; runs already queued are still delivered. Audited.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@Parameter(description = "The saved query's id") @PathParam("queryId") UUID queryId) {
        CallerPrincipal caller = caller();
        saving.delete(caller.clientId(), organisation(caller), queryId);
        return Response.noContent().build();
    }

    @POST
    @Path("{queryId}/runs")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER})
    @Operation(operationId = "runSavedQuery", summary = "Run a saved query now", description = "Queues a run: its protected result reaches every active partner "
            + "system of your organisation as a statistics message (pull inbox, webhook or SFTP), computed when it is handed over. "
            + "No body. Audited.")
    @APIResponse(responseCode = "202", description = "Queued; the body names the run", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Your organisation has no active partner system to receive the result",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response run(@Parameter(description = "The saved query's id") @PathParam("queryId") UUID queryId) {
        CallerPrincipal caller = caller();
        int run = saving.runNow(caller.clientId(), organisation(caller), queryId);
        return Response.accepted(new RunView(queryId, run)).build();
    }

    /** A queued run. */
    @Schema(name = "SavedQueryRun", example = """
            {
              "savedQueryId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
              "run": 5
            }
            """)
    public record RunView(UUID savedQueryId, @Schema(description = "The run's number, from 1: the message carrying it says it too") int run) {
    }

    private static UUID organisation(CallerPrincipal caller) {
        if (caller.organisationId() == null) {
            throw new ForbiddenException();
        }
        return caller.organisationId();
    }

    private CallerPrincipal caller() {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal;
        }
        throw new NotAuthorizedException("Bearer");
    }
}
