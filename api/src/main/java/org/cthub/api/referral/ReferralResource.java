package org.cthub.api.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.delivery.TrackingDeliveries;
import org.cthub.integration.referral.ReadingReferral;
import org.cthub.integration.referral.ReferralReading;
import org.cthub.integration.referral.SubmittingReferral;
import org.cthub.integration.referral.Submitted;
import org.cthub.integration.referral.WithdrawingConsent;
import org.cthub.integration.referral.WithdrawingReferral;
import org.cthub.persistence.referral.Referral;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Referrals: submitted by partners under consent, read by their parties, seen as metadata by the hub operator. */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ReferralResource {

    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    SubmittingReferral submitting;

    @Inject
    ReadingReferral reading;

    @Inject
    WithdrawingConsent withdrawing;

    @Inject
    WithdrawingReferral withdrawingReferral;

    @Inject
    TrackingDeliveries tracking;

    @Context
    SecurityContext security;

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "submitReferral", summary = "Submit a referral", description = "Refers a person to the organisation named in referredOrganisation, "
            + "from your organisation (the token's). Leave referredOrganisation out to have the hub choose from the service "
            + "directory: among active organisations other than yours, with an active partner system, that offer every requested "
            + "assistance type in currentCountry (where the person is), have free capacity (not 0) and are covered by the consent "
            + "(by id or by type; others are skipped), the one with the largest known free capacity (unknown capacity ranks after "
            + "known), then by name. A return is served only in a country whose current role is destination or transit, "
            + "reintegration only in a country of origin; otherwise 422 names the rule. Nobody found: 422 saying what was searched "
            + "and what to do. There is no preview of the candidates: the directory itself is open to every partner "
            + "(GET /organisations, GET /organisations/{id}/services), so a sender who wants a say names the recipient; the 201 "
            + "shows whom the hub chose (referredOrganisation, routedBy: service-directory). Return and reintegration are delinked: "
            + "one referral asking for both is refused with 422; submit reintegration as a second referral for the same case "
            + "(same caseReference, hence the same caseId). A rapid response (urgency rapid-response, urgent: true) also goes to the "
            + "focal point of currentCountry when one is set (see PUT /countries/{code}/focal-point), which becomes a party "
            + "(focalPoint): it reads the referral, personal fields only when the consent covers it, and does not answer it. A "
            + "referral nobody answers in time (hub.referral.answer-within, rapid response hub.referral.rapid-answer-within) "
            + "becomes expired and is escalated to that focal point. The consent must cover the recipient (by id or by type) for the referral's "
            + "purpose now; otherwise 422 says why and nothing is stored. The referral is stored together with one delivery per active "
            + "system of the recipient (a recipient without one is refused with 422), so a 201 means it will arrive. The 201 "
            + "body carries the metadata, the case pseudonym (caseId) and the deliveries; GET the referral to read its personal fields back. Send an Idempotency-Key (a UUID) to retry "
            + "safely: the same key with the same body answers 201 again with the first referral (header Idempotent-Replayed: "
            + "true) and stores nothing new; the same key with another body is refused with 422.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReferralRequest.class), examples = @ExampleObject(name = "shelter-in-italy",
            summary = "An NGO in Bari refers a stranded Moldovan woman to a shelter", value = ReferralExamples.SHELTER)))
    @APIResponse(responseCode = "201", description = "Submitted (or replayed), with Location and ETag", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = ReferralProblems.BAD_REQUEST, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ReferralProblems.UNPROCESSABLE, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(description = "A key of your choosing (a UUID), unique per referral you mean to submit", example = "5f0c6a4e-8c7b-4a8e-9d2a-1f3b5c7d9e01")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid ReferralRequest request, @Context UriInfo uri) {
        ReferralCaller caller = ReferralCaller.of(security);
        Submitted submitted = submitting.submit(caller.actor(), caller.organisation(), idempotencyKey,
                BodyFingerprint.of(request), request.submission());
        Referral referral = submitted.referral();
        return Response.created(uri.getAbsolutePathBuilder().path(referral.id().toString()).build())
                .tag(new EntityTag(Long.toString(referral.version())))
                .header(REPLAYED, submitted.replayed() ? "true" : null)
                .entity(ReferralView.of(ReferralReading.metadata(referral, null, true), ReferralView.ON_REQUEST)
                        .withDeliveries(submitted.deliveries().stream().map(RecipientDeliveryView::of).toList())).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "listReferrals", summary = "List referrals", description = "A partner gets the referrals its organisation sent, received, or is "
            + "the focal point of; the hub operator gets all. Newest first. caseId narrows the list to one case (the pseudonym "
            + "in each referral's caseId), e.g. the return and the reintegration referral of one person; a partner still sees only "
            + "its own of them. Lists carry metadata only: read one referral for its personal fields.")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    @APIResponse(responseCode = "400", description = ReferralProblems.BAD_REQUEST, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Page<ReferralView> list(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size,
            @Parameter(description = "Only the referrals of this case (its pseudonym)", example = "CASE-7K2M9QXR4T1B")
            @QueryParam("caseId") @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+") String caseId) {
        ReferralCaller caller = ReferralCaller.of(security);
        UUID scope = caller.isPartner() ? caller.organisation() : null;
        String withheld = caller.isPartner() ? ReferralView.ON_REQUEST : ReferralView.OPERATOR;
        return new Page<>(reading.page(scope, caseId, page * size, size).stream()
                .map(r -> ReferralView.of(ReferralReading.metadata(r, null, false), withheld)).toList(),
                page, size, reading.count(scope, caseId));
    }

    @GET
    @Path("{referralId}")
    @RolesAllowed({Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "getReferral", summary = "Read a referral", description = "For the sender, and for the recipient and the focal point while the "
            + "person's consent covers them, with the personal fields (each such read is audited as referral.personal-data-read); otherwise "
            + "metadata and personalDataWithheld saying why. The sender and the hub operator also get deliveries: "
            + "the status, attempts and last attempt of each recipient system's delivery. The hub operator sees metadata only. "
            + "A referral your organisation neither sent nor received (nor is the focal point of) answers 404, exactly like one that does not exist.")
    @APIResponse(responseCode = "200", description = "The referral", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = ReferralProblems.NOT_FOUND, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response read(@Parameter(description = "The referral's id") @PathParam("referralId") UUID referralId) {
        ReferralCaller caller = ReferralCaller.of(security);
        ReferralReading readable = caller.isPartner() ? reading.readAsParty(caller.actor(), caller.organisation(), referralId)
                : reading.readAsOperator(referralId);
        ReferralView view = caller.isPartner() ? ReferralView.of(readable) : ReferralView.of(readable, ReferralView.OPERATOR);
        if (!caller.isPartner() || readable.sender()) {
            view = view.withDeliveries(deliveries(referralId));
        }
        return Response.ok(view).tag(new EntityTag(Long.toString(view.version()))).build();
    }

    private java.util.List<RecipientDeliveryView> deliveries(UUID referralId) {
        return tracking.ofReferral(referralId).stream().map(RecipientDeliveryView::of).toList();
    }

    @POST
    @Path("{referralId}/consent/withdrawal")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST records the withdrawal
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "recordConsentWithdrawal", summary = "Record that consent was withdrawn", description = "The referring organisation records that the "
            + "person withdrew consent. From then on the recipient gets no personal fields. Recording it again changes "
            + "nothing and answers 200. Deliveries of the referral that have not arrived yet are cancelled for good (deliveries "
            + "shows them cancelled); recipient systems that already have it get a consent-withdrawn message asking them to "
            + "delete their copy of the personal fields. No body.")
    @APIResponse(responseCode = "200", description = "Withdrawn: the referral as the sender sees it, without personal fields", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = ReferralProblems.NOT_FOUND, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public ReferralView withdrawConsent(@Parameter(description = "The referral's id") @PathParam("referralId") UUID referralId) {
        ReferralCaller caller = ReferralCaller.of(security);
        Referral referral = withdrawing.withdraw(caller.actor(), caller.organisation(), referralId);
        return ReferralView.of(ReferralReading.metadata(referral, null, true), ReferralView.ON_REQUEST)
                .withDeliveries(deliveries(referralId));
    }

    @POST
    @Path("{referralId}/withdrawal")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST withdraws the referral
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "withdrawReferral", summary = "Withdraw a referral", description = "The referring organisation withdraws its referral (the person "
            + "found help elsewhere, went home, or it was sent by mistake). Deliveries that have not arrived are cancelled for "
            + "good (deliveries shows them cancelled); recipient systems that already have it get a referral-update with status "
            + "withdrawn, and from then on only the sender gets the personal fields. A submitted, delivered, accepted or "
            + "in-progress referral can be withdrawn; a declined, completed or expired one cannot (409). Withdrawing it again "
            + "changes nothing and answers 200. The recipient declines instead (403). No body.")
    @APIResponse(responseCode = "200", description = "Withdrawn: the referral as the sender sees it, without personal fields", content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "404", description = ReferralProblems.NOT_FOUND, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The referral is declined, completed or expired: there is nothing to withdraw", content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public ReferralView withdraw(@Parameter(description = "The referral's id") @PathParam("referralId") UUID referralId) {
        ReferralCaller caller = ReferralCaller.of(security);
        Referral referral = withdrawingReferral.withdraw(caller.actor(), caller.organisation(), referralId);
        return ReferralView.of(ReferralReading.metadata(referral, null, true), ReferralView.ON_REQUEST)
                .withDeliveries(deliveries(referralId));
    }
}
