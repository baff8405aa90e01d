package org.cthub.api.legislation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.legislation.ReviewingDraft;
import org.cthub.persistence.legislation.DraftStatus;
import org.cthub.persistence.legislation.LegislationDraft;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The submitter's last word on a draft: adopted or withdrawn.
 */
@Path("/legislation/drafts/{draftId}/decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legislation")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DraftDecisionResource {

    @Inject
    ReviewingDraft reviewing;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "decideOnDraft", summary = "Adopt or withdraw the draft", description = "The submitting organisation's last word: adopted (as a "
            + "version, the latest when left out) or withdrawn. The reviewers asked get a draft-update message; afterwards the "
            + "draft takes no version, comment, opinion or review request (409). Audited.")
    @APIResponse(responseCode = "200", description = "The draft, adopted or withdrawn", content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "The body fails validation", content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = LegislationProblems.CONFLICT, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.INVALID, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DraftView decide(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @NotNull @Valid DecisionRequest body) {
        DraftCaller caller = DraftCaller.of(security);
        DraftStatus outcome = Codes.parse(Decision.class, body.decision(), "decision") == Decision.ADOPTED ? DraftStatus.ADOPTED : DraftStatus.WITHDRAWN;
        LegislationDraft draft = reviewing.close(caller.actor(), caller.organisation(), draftId, outcome, body.version());
        return DraftView.of(draft);
    }

    /** What the submitter decides. */
    enum Decision { ADOPTED, WITHDRAWN }
}
