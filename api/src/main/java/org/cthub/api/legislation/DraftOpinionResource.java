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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.legislation.ReviewingDraft;
import org.cthub.persistence.legislation.Opinion;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Overall opinions on a draft's versions, one per reviewer organisation and version.
 */
@Path("/legislation/drafts/{draftId}/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legislation")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DraftOpinionResource {

    @Inject
    ReviewingDraft reviewing;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "giveDraftOpinion", summary = "Give an overall opinion", description = "A reviewer of an organisation asked to review gives its "
            + "organisation's opinion on a version (the latest when left out): favourable, favourable-with-changes or "
            + "unfavourable, with a summary. Given again for the same version, it replaces the earlier one (200). The submitter "
            + "gets a draft-update message. Audited.")
    @APIResponse(responseCode = "201", description = "The opinion, given for the first time on that version", content = @Content(schema = @Schema(implementation = OpinionView.class)))
    @APIResponse(responseCode = "200", description = "The opinion, replacing the organisation's earlier one on that version", content = @Content(schema = @Schema(implementation = OpinionView.class)))
    @APIResponse(responseCode = "400", description = "The body fails validation", content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = LegislationProblems.CONFLICT, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.INVALID, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response giveOpinion(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @NotNull @Valid OpinionRequest body) {
        DraftCaller caller = DraftCaller.of(security);
        ReviewingDraft.GivenOpinion given = reviewing.giveOpinion(caller.actor(), caller.organisation(), draftId, body.version(),
                Codes.parse(Opinion.class, body.opinion(), "opinion"), body.summary());
        return Response.status(given.created() ? Response.Status.CREATED : Response.Status.OK).entity(OpinionView.of(given.opinion())).build();
    }
}
