package org.cthub.api.referral;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.referral.AnsweringReferral;
import org.cthub.integration.referral.ReferralReading;
import org.cthub.persistence.referral.Answer;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recipient's answers to a referral, each told to the sender's systems. */
@Path("/referrals/{referralId}/answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
public class ReferralAnswerResource {

    @Inject
    AnsweringReferral answering;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "answerReferral", summary = "Answer a referral", description = "The referred organisation answers: accept or decline (a reason is "
            + "required to decline), then in-progress and complete. The referral moves submitted → delivered → accepted or "
            + "declined → in-progress → completed; an answer its status does not allow is refused with 409 naming the answers "
            + "allowed from here. An answer to a referral still submitted (you pulled it before the hub recorded the delivery) "
            + "records it delivered first. After the person withdrew consent you may still decline or complete, not accept or "
            + "start work. Each answer goes to every active system of the referring organisation as a referral-update message "
            + "(no personal data), and accepting a referral for reintegration schedules its follow-up reports. The reason must "
            + "not contain personal data. The answer is audited; its reason is not copied into the audit trail.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AnswerRequest.class), examples = {
            @ExampleObject(name = "accept", value = "{\"answer\": \"accept\"}"),
            @ExampleObject(name = "decline", value = "{\"answer\": \"decline\", \"reason\": \"No shelter capacity this month\"}")}))
    @APIResponse(responseCode = "200", description = "Answered: the referral as your organisation sees it, without personal fields", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = ReferralProblems.BAD_REQUEST, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = LifecycleProblems.NOT_RECIPIENT, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = ReferralProblems.NOT_FOUND, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = LifecycleProblems.ANSWER_CONFLICT, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LifecycleProblems.ANSWER_UNPROCESSABLE, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response answer(@Parameter(description = "The referral's id") @PathParam("referralId") UUID referralId,
            @NotNull @Valid AnswerRequest request) {
        ReferralCaller caller = ReferralCaller.of(security);
        Referral referral = answering.answer(caller.actor(), caller.organisation(), referralId,
                Codes.parse(Answer.class, request.answer(), "answer"), request.reason());
        ReferralView view = ReferralView.of(ReferralReading.metadata(referral, null, false), ReferralView.ON_REQUEST);
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }
}
