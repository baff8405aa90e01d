package org.cthub.api.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.partner.AddingWorkingGroupMember;
import org.cthub.integration.partner.RemovingWorkingGroupMember;
import org.cthub.persistence.partner.Membership;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.WorkingGroup;
import org.cthub.persistence.partner.WorkingGroups;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OSCE Task Force working groups, their chairs and members. */
@Path("/working-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Working groups", description = "Working groups, their chairs and member organisations")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class WorkingGroupResource {

    @Inject
    WorkingGroups groups;

    @Inject
    Organisations organisations;

    @Inject
    AddingWorkingGroupMember adding;

    @Inject
    RemovingWorkingGroupMember removing;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "listWorkingGroups", summary = "List working groups", description = "With chairs first, then members.")
    @APIResponse(responseCode = "200", description = "The working groups, by name")
    public List<WorkingGroupView> list() {
        return groups.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "getWorkingGroup", summary = "Read a working group", description = "The working group's "
            + "member organisations, each with its seat (chair, co-chair or member). Open to every client: membership is what decides who reads a draft sent "
            + "to a group for review and what a secretariat counts in shared data.")
    @APIResponse(responseCode = "200", description = "The working group", content = @Content(schema = @Schema(implementation = WorkingGroupView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WorkingGroupView read(@Parameter(description = "The working group's id") @PathParam("id") UUID id) {
        return view(groups.get(id));
    }

    @POST
    @Path("{id}/members")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "addWorkingGroupMember", summary = "Add a member organisation", description = "Seats a registered organisation as a member.")
    @APIResponse(responseCode = "201", description = "Added; Location names the membership (DELETE it to remove)", content = @Content(schema = @Schema(implementation = WorkingGroupView.class)))
    @APIResponse(responseCode = "404", description = "No such working group", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already a member", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "organisationId names no registered organisation", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response add(@Parameter(description = "The working group's id") @PathParam("id") UUID id, @NotNull @Valid MemberRequest request, @Context UriInfo uri) {
        WorkingGroup group = adding.add(Caller.of(security).actor(), id, request.organisationId());
        return Response.created(uri.getAbsolutePathBuilder().path(request.organisationId().toString()).build())
                .entity(view(group)).build();
    }

    @DELETE
    @Path("{id}/members/{organisationId}")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "removeWorkingGroupMember", summary = "Remove a member organisation", description = "Chairs and co-chairs cannot be removed (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such working group or member", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The organisation chairs the group", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public Response remove(@Parameter(description = "The working group's id") @PathParam("id") UUID id, @Parameter(description = "The member organisation's id") @PathParam("organisationId") UUID organisationId) {
        removing.remove(Caller.of(security).actor(), id, organisationId);
        return Response.noContent().build();
    }

    private WorkingGroupView view(WorkingGroup group) {
        return WorkingGroupView.of(group, organisations.names(group.members().stream().map(Membership::organisationId).toList()));
    }
}
