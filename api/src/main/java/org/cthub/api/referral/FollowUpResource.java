package org.cthub.api.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.referral.ReadingFollowUps;
import org.cthub.integration.referral.ReportingFollowUp;
import org.cthub.persistence.referral.FollowUp;
import org.cthub.persistence.referral.Wellbeing;
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

/** The follow-up reports a referral for reintegration owes once accepted: compulsory monitoring. */
@Path("/referrals/{referralId}/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "400", description = ReferralProblems.BAD_REQUEST, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = LifecycleProblems.FOLLOW_UP_NOT_FOUND, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
public class FollowUpResource {

    @Inject
    ReadingFollowUps reading;

    @Inject
    ReportingFollowUp reporting;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "listFollowUps", summary = "List a referral's follow-up reports", description = "For the referral's sender and recipient. A referral "
            + "whose assistance types include reintegration gets its reports when accepted, due at the hub's configured intervals "
            + "after the acceptance (by default 3, 6 and 12 months); other referrals have none. In due order.")
    @APIResponse(responseCode = "200", description = "One page of follow-up reports")
    @APIResponse(responseCode = "403", description = ReferralProblems.FORBIDDEN, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Page<FollowUpView> list(@Parameter(description = "The referral's id") @PathParam("referralId") UUID referralId,
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        ReferralCaller caller = ReferralCaller.of(security);
        List<FollowUp> all = reading.ofReferral(caller.organisation(), referralId);
        Instant now = Instant.now();
        List<FollowUpView> items = all.stream().skip((long) page * size).limit(size).map(f -> FollowUpView.of(f, now)).toList();
        return new Page<>(items, page, size, all.size());
    }

    @POST
    @Path("{sequence}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "submitFollowUp", summary = "Submit a follow-up report", description = "The referral's recipient reports on the person's "
            + "reintegration: wellbeing (a code), the areas on track (situation, codes) and an optional note that must not "
            + "contain personal data. A report may be submitted before or after its due date, once: it then stands (409 on a "
            + "second submission). Audited with its codes, never the note.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FollowUpRequest.class), examples = @ExampleObject(name = "three-months",
            value = "{\"wellbeing\": \"improving\", \"situation\": [\"housing\", \"health\"], \"notes\": \"Vocational course started\"}")))
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = FollowUpView.class)))
    @APIResponse(responseCode = "403", description = LifecycleProblems.NOT_RECIPIENT, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = LifecycleProblems.FOLLOW_UP_CONFLICT, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = LifecycleProblems.FOLLOW_UP_UNPROCESSABLE, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public FollowUpView submit(@Parameter(description = "The referral's id") @PathParam("referralId") UUID referralId,
            @Parameter(description = "The report's sequence number, from 1") @PathParam("sequence") @Min(1) @Max(1000) int sequence,
            @NotNull @Valid FollowUpRequest request) {
        ReferralCaller caller = ReferralCaller.of(security);
        FollowUp submitted = reporting.submit(caller.actor(), caller.organisation(), referralId, sequence,
                Codes.parse(Wellbeing.class, request.wellbeing(), "wellbeing"), request.areas(), request.notes());
        return FollowUpView.of(submitted, Instant.now());
    }
}
