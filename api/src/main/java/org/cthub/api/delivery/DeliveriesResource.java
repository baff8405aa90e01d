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
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.Page;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.delivery.ReplayingDeadLetters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dead letters, for the hub operator: metadata only. */
@Path("/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class DeliveriesResource {

    @Inject
    ReplayingDeadLetters deadLetters;

    @Context
    SecurityContext security;

    @GET
    @Path("dead-letters")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "listDeadLetters", summary = "List dead letters", description = "Deliveries that failed on every allowed attempt "
            + "(hub.delivery.max-attempts), oldest first, with the reason of the last failure. Metadata only: never a payload.")
    @APIResponse(responseCode = "200", description = "One page of dead letters")
    @APIResponse(responseCode = "400", description = DeliveryProblems.BAD_REQUEST, content = @Content(mediaType = DeliveryProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Page<DeliveryView> list(
            @Parameter(description = "0-based page number") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Items per page, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return new Page<>(deadLetters.page(page * size, size).stream().map(DeliveryView::of).toList(), page, size, deadLetters.count());
    }

    @POST
    @Path("{deliveryId}/replay")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "replayDeadLetter", summary = "Replay a dead letter", description = "Sends the dead-lettered delivery again, at once, with a fresh "
            + "count of attempts and the same messageId (the recipient can still drop a duplicate). Audited. No body.")
    @APIResponse(responseCode = "200", description = "Pending again", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = DeliveryProblems.DELIVERY_NOT_FOUND, content = @Content(mediaType = DeliveryProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = DeliveryProblems.NOT_DEAD, content = @Content(mediaType = DeliveryProblems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public DeliveryView replay(@Parameter(description = "The delivery's id") @PathParam("deliveryId") UUID deliveryId) {
        return DeliveryView.of(deadLetters.replay(InboxCaller.of(security).clientId(), deliveryId));
    }

    @POST
    @Path("dead-letters/replay")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "replayAllDeadLetters", summary = "Replay all dead letters", description = "Sends up to " + ReplayingDeadLetters.BULK_LIMIT
            + " dead letters again, oldest first, as the single replay does; call again while replayed equals that limit. "
            + "Audited. No body.")
    @APIResponse(responseCode = "200", description = "How many were replayed", content = @Content(schema = @Schema(implementation = ReplayedView.class)))
    public ReplayedView replayAll() {
        return new ReplayedView(deadLetters.replayAll(InboxCaller.of(security).clientId()));
    }
}
