package org.cthub.api.legislation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.cthub.integration.legislation.ReadingDrafts;
import org.cthub.integration.legislation.ReviewingDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Review requests: the submitter (or the hub operator) asks reviewer organisations and working groups to review a
 * draft; each receives a review-request message through its channels and fetches the document with its own token.
 */
@Path("/legislation/drafts/{draftId}/review-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legislation")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReviewRequestResource {

    @Inject
    ReviewingDraft reviewing;

    @Inject
    ReadingDrafts reading;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "requestDraftReview", summary = "Ask for review", description = "The submitting organisation (or the hub operator) asks reviewer "
            + "organisations and/or working groups to review the latest version. Each organisation asked, and each member of a "
            + "working group asked (not the submitter), gets a review-request message through each of its active partner systems "
            + "(pull inbox, webhook or SFTP): the draft's metadata and documentPath, the version to GET with its own token (the "
            + "document itself is not in the message). From then on they see the draft, comment on it and give opinions. The "
            + "draft becomes under-review. Asking again (after a revision, or more reviewers) sends new messages. Audited.")
    @APIResponse(responseCode = "201", description = "Asked; the draft with its review requests",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @APIResponse(responseCode = "400", description = "The body fails validation", content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = LegislationProblems.CONFLICT, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.INVALID, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response askForReview(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @NotNull @Valid ReviewRequestBody body) {
        DraftCaller caller = DraftCaller.of(security);
        reviewing.askForReview(caller.actor(), caller.scope(), draftId, body.reviewersOrEmpty(), body.workingGroupsOrEmpty(), body.message());
        return Response.status(Response.Status.CREATED).entity(DraftView.of(reading.read(caller.actor(), caller.scope(), draftId))).build();
    }
}
