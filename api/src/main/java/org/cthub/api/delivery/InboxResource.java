package org.cthub.api.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.delivery.AcknowledgingMessage;
import org.cthub.integration.delivery.InboxOwner;
import org.cthub.integration.delivery.ReadingInbox;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pull inbox of the partner system whose client calls. */
@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class InboxResource {

    @Inject
    InboxOwner owners;

    @Inject
    ReadingInbox reading;

    @Inject
    AcknowledgingMessage acknowledging;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT})
    @Operation(operationId = "listInboxMessages", summary = "List the messages in your inbox", description = "The messages waiting for the partner system your "
            + "client belongs to, oldest first, until you acknowledge them: a message you have not acknowledged is listed "
            + "again on the next pull (at-least-once), with the same messageId, so drop ids you have already processed. "
            + "Each payload is the referral as your organisation may read it at this moment: its personal fields only while "
            + "the person's consent covers you (otherwise personalDataWithheld says why); each read of them is audited. "
            + "Messages of type referral-update (to the sender: an answer or a new status) and consent-withdrawn (to a "
            + "recipient holding the referral) carry a ReferralNotice instead, never personal fields. Messages about draft "
            + "legislation (review-request to a reviewer, draft-update to the submitter or the reviewers) carry a "
            + "LegislationNotice: GET its documentPath for the document. Any client of a partner system pulls its inbox, "
            + "whatever its role.")
    @APIResponse(responseCode = "200", description = "One page of messages")
    @APIResponse(responseCode = "400", description = DeliveryProblems.BAD_REQUEST, content = @Content(mediaType = DeliveryProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Page<InboxMessageView> list(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        InboxOwner.Owner owner = owner();
        return new Page<>(reading.page(owner, page * size, size).stream().map(InboxMessageView::of).toList(),
                page, size, reading.count(owner));
    }

    @POST
    @Path("{messageId}/ack")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.PARTNER, Roles.REVIEWER, Roles.SECRETARIAT})
    @Operation(operationId = "acknowledgeInboxMessage", summary = "Acknowledge a message", description = "Tells the hub your system has the message: it leaves your "
            + "inbox and the sender sees it delivered. Acknowledging again answers 204 too, so retry freely. No body.")
    @APIResponse(responseCode = "204", description = "Acknowledged (now or before)")
    @APIResponse(responseCode = "404", description = DeliveryProblems.MESSAGE_NOT_FOUND, content = @Content(mediaType = DeliveryProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response acknowledge(@Parameter(description = "The message's messageId") @PathParam("messageId") UUID messageId) {
        acknowledging.acknowledge(owner(), messageId);
        return Response.noContent().build();
    }

    private InboxOwner.Owner owner() {
        InboxCaller caller = InboxCaller.of(security);
        return owners.of(caller.clientId(), caller.organisation());
    }
}
