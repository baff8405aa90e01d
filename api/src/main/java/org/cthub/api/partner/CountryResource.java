package org.cthub.api.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.partner.AppointingFocalPoint;
import org.cthub.integration.partner.AssigningCountryRole;
import org.cthub.integration.partner.EndingCountryRole;
import org.cthub.integration.partner.RemovingFocalPoint;
import org.cthub.persistence.partner.Countries;
import org.cthub.persistence.partner.Country;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.CountryRole;
import org.cthub.persistence.support.RecordNotFound;
import org.cthub.persistence.support.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The region's countries and their roles (origin, transit, destination), dated because they change. */
@Path("/countries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "Countries and their roles over time")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class CountryResource {

    @Inject
    Countries countries;

    @Inject
    AssigningCountryRole assigning;

    @Inject
    EndingCountryRole ending;

    @Inject
    AppointingFocalPoint appointing;

    @Inject
    RemovingFocalPoint removing;

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "listCountries", summary = "List countries", description = "Every country the network works in, with current roles and history.")
    @APIResponse(responseCode = "200", description = "The countries, by code")
    public List<CountryView> list() {
        Map<CountryCode, List<CountryRole>> roles = countries.roles().stream().collect(Collectors.groupingBy(CountryRole::country));
        return countries.all().stream().map(c -> CountryView.of(c, roles.getOrDefault(c.code(), List.of()), today())).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "getCountry", summary = "Read a country", description = "Its current roles and their history, and its focal point.")
    @APIResponse(responseCode = "200", description = "The country", content = @Content(schema = @Schema(implementation = CountryView.class)))
    @APIResponse(responseCode = "404", description = "Not a country of the network, or not a country code", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public CountryView read(@Parameter(description = "ISO 3166-1 alpha-2, XK for Kosovo", example = "AL") @PathParam("code") String code) {
        Country country = countries.get(inPath(code));
        return CountryView.of(country, countries.rolesOf(country.code()), today());
    }

    @POST
    @Path("{code}/roles")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "assignCountryRole", summary = "Assign a role to a country", description = "From validFrom on; a country may hold several roles. "
            + "A valid code not yet in the network is added. CS and YU are accepted only for dates in their lifetime.")
    @APIResponse(responseCode = "201", description = "Assigned, with Location", content = @Content(schema = @Schema(implementation = CountryView.Role.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "The country already holds that role in that period", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response assign(@Parameter(description = "ISO 3166-1 alpha-2, XK for Kosovo", example = "MD") @PathParam("code") String code, @NotNull @Valid CountryRoleRequest request) {
        CountryRole role = assigning.assign(Caller.of(security).actor(), code, request.role(), request.from());
        return Response.created(UriBuilder.fromResource(CountryResource.class).path("{code}/roles/{id}")
                .build(role.country().value(), role.id())).entity(CountryView.Role.of(role)).build();
    }

    @GET
    @Path("{code}/roles/{roleId}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(operationId = "getCountryRole", summary = "Read one of a country's roles", description = "One dated role of the "
            + "country (origin, transit or destination) with the period it holds; an ended role keeps its end date. "
            + "Open to every client.")
    @APIResponse(responseCode = "200", description = "The role", content = @Content(schema = @Schema(implementation = CountryView.Role.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CountryView.Role role(@Parameter(description = "ISO 3166-1 alpha-2, XK for Kosovo", example = "MD") @PathParam("code") String code, @Parameter(description = "The role's id (id in the country's roles)") @PathParam("roleId") UUID roleId) {
        return CountryView.Role.of(countries.role(inPath(code), roleId));
    }

    @POST
    @Path("{code}/roles/{roleId}/end")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "endCountryRole", summary = "End a country's role", description = "Records the last day it held; the role stays in the history.")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(implementation = CountryView.Role.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Already ended", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "validTo before validFrom", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public CountryView.Role end(@Parameter(description = "ISO 3166-1 alpha-2, XK for Kosovo", example = "MD") @PathParam("code") String code, @Parameter(description = "The role's id (id in the country's roles)") @PathParam("roleId") UUID roleId, @NotNull @Valid CountryRoleEnd request) {
        return CountryView.Role.of(ending.end(Caller.of(security).actor(), code, roleId, request.lastDay()));
    }

    @PUT
    @Path("{code}/focal-point")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "setFocalPoint", summary = "Set a country's focal point", description = "The organisation that coordinates counter-trafficking "
            + "in the country (the national coordinator or referral mechanism; any type, must be active). Rapid-response referrals "
            + "whose currentCountry is this one are also delivered to it (unless hub.referral.focal-point-copy is false), and "
            + "referrals there that expire unanswered are escalated to it; either makes it a party to the referral. It needs an "
            + "active partner system to receive them. Setting the same organisation again changes nothing. Audited.")
    @APIResponse(responseCode = "200", description = "The country with its focal point", content = @Content(schema = @Schema(implementation = CountryView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "Not a country of the network", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not an active organisation of the directory", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public CountryView setFocalPoint(@Parameter(description = "ISO 3166-1 alpha-2, XK for Kosovo", example = "MD") @PathParam("code") String code,
            @NotNull @Valid FocalPointRequest request) {
        Country country = appointing.appoint(Caller.of(security).actor(), inPath(code), request.organisationId());
        return CountryView.of(country, countries.rolesOf(country.code()), today());
    }

    @DELETE
    @Path("{code}/focal-point")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(operationId = "removeFocalPoint", summary = "Remove a country's focal point", description = "From now on rapid responses and escalations there "
            + "reach no focal point (an expiry is then audited as escalation: no focal point for the country). Referrals it is "
            + "already a party to stay readable to it. Removing when none is set also answers 204. Audited.")
    @APIResponse(responseCode = "204", description = "Removed, or none was set")
    @APIResponse(responseCode = "404", description = "Not a country of the network", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public void removeFocalPoint(@Parameter(description = "ISO 3166-1 alpha-2, XK for Kosovo", example = "MD") @PathParam("code") String code) {
        removing.remove(Caller.of(security).actor(), inPath(code));
    }

    // In a path an unknown code is simply nothing there: 404, not 422.
    private static CountryCode inPath(String code) {
        try {
            return CountryCode.of(code, "code");
        } catch (RuleViolation notACountry) {
            throw new RecordNotFound("Country", code == null ? "" : code.replaceAll("[^A-Za-z]", "").toUpperCase());
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
