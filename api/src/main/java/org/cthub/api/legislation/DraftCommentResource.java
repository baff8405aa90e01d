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
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Variant;
import java.util.UUID;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.legislation.ReadingDrafts;
import org.cthub.integration.legislation.ReviewingDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Comments on a draft: by the reviewers asked, on the whole document or one article (eId); read consolidated and
 * grouped by article (JSON or HTML) by everyone who sees the draft; marked addressed in a later version by the submitter.
 */
@Path("/legislation/drafts/{draftId}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Legislation")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DraftCommentResource {

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("utf-8");

    @Inject
    ReviewingDraft reviewing;

    @Inject
    ReadingDrafts reading;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "commentOnDraft", summary = "Comment on a draft", description = "A reviewer of an organisation asked to review (directly or through a "
            + "working group) comments on a version: on one article, named by its eId in that version, or on the whole document "
            + "(no eId). Taken while the draft is under review, commented or revised; the first comment of a round makes it "
            + "commented and sends the submitter a draft-update message. The comment's text is not audited, its ids are.")
    @APIResponse(responseCode = "201", description = "The comment", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "The body fails validation", content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = LegislationProblems.CONFLICT, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.INVALID, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response comment(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @NotNull @Valid CommentRequest body) {
        DraftCaller caller = DraftCaller.of(security);
        return Response.status(Response.Status.CREATED).entity(CommentView.of(reviewing.comment(caller.actor(), caller.organisation(),
                draftId, body.version(), body.eId(), body.text()))).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT, Roles.HUB_ADMIN})
    @Operation(operationId = "getDraftComments", summary = "Read the consolidated comments", description = "Every comment and opinion on the draft, for everyone "
            + "who sees it: comments on the whole document, then the articles with comments in the order of the latest version "
            + "(articles removed since last, inLatestVersion false), each comment with the version that addresses it once marked. "
            + "Accept: text/html gives the same as a readable, self-contained HTML page to print or forward. Audited.")
    @APIResponse(responseCode = "200", description = "The comments, grouped by article", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftCommentsView.class)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response comments(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId, @Context Request request) {
        DraftCaller caller = DraftCaller.of(security);
        DraftCommentsView view = DraftCommentsView.of(reading.review(caller.actor(), caller.scope(), draftId));
        Variant chosen = request.selectVariant(Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.TEXT_HTML_TYPE).build());
        if (chosen != null && MediaType.TEXT_HTML_TYPE.isCompatible(chosen.getMediaType())) {
            return Response.ok(CommentsPage.render(view), HTML).build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("{commentId}/addressed")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "markCommentAddressed", summary = "Mark a comment addressed", description = "The submitting organisation says which later version "
            + "addresses the comment, with an optional note; the diff between versions lists the comments addressed in between. "
            + "Once marked, it stays so (409). Audited.")
    @APIResponse(responseCode = "200", description = "The comment, marked", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "The body fails validation", content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = LegislationProblems.NOT_FOUND, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = LegislationProblems.CONFLICT, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LegislationProblems.INVALID, content = @Content(mediaType = LegislationProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public CommentView markAddressed(@Parameter(description = "The draft's id") @PathParam("draftId") UUID draftId,
            @Parameter(description = "The comment's id") @PathParam("commentId") UUID commentId, @NotNull @Valid AddressedRequest body) {
        DraftCaller caller = DraftCaller.of(security);
        return CommentView.of(reviewing.markAddressed(caller.actor(), caller.organisation(), draftId, commentId, body.version(), body.note()));
    }
}
