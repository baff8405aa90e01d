package org.cthub.api.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.referral.ReadingFollowUps;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Follow-up reports past their due date: for the referrals' parties and the Return and Reintegration secretariat. */
@Path("/follow-ups/overdue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = "bearer")
public class OverdueFollowUpResource {

    @Inject
    ReadingFollowUps reading;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.SECRETARIAT})
    @Operation(operationId = "listOverdueFollowUps", summary = "List overdue follow-up reports", description = "Reports not submitted by their due date, most overdue "
            + "first, as metadata (the organisations, due date, days overdue; no personal fields). A partner gets those of the "
            + "referrals it sent or received, with the referral id and case pseudonym. A secretariat whose organisation sits in the "
            + "Return and Reintegration working group gets all of them, across the network, without referral or case (it monitors "
            + "organisations, and no person-level record reaches a secretariat; counts are GET /statistics/follow-ups); any other "
            + "secretariat is refused with 403.")
    @APIResponse(responseCode = "200", description = "One page of overdue reports")
    @APIResponse(responseCode = "400", description = ReferralProblems.BAD_REQUEST, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", description = LifecycleProblems.OVERDUE_FORBIDDEN, content = @Content(mediaType = ReferralProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Page<OverdueFollowUpView> overdue(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        if (!(security != null && security.getUserPrincipal() instanceof CallerPrincipal caller)) {
            throw new NotAuthorizedException("Bearer");
        }
        UUID organisation = caller.organisationId();
        if (organisation == null) {
            throw new ForbiddenException();
        }
        boolean asPartner = caller.hasRole(Roles.PARTNER);
        UUID scope = reading.overdueScope(organisation, !asPartner);
        Instant now = Instant.now();
        return new Page<>(reading.overdue(scope, now, page * size, size).stream()
                .map(o -> asPartner ? OverdueFollowUpView.of(o, now) : OverdueFollowUpView.forSecretariat(o, now)).toList(),
                page, size, reading.overdueCount(scope, now));
    }
}
