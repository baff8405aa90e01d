package org.cthub.api.partner;

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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.partner.AssigningCountryRole;
import org.cthub.integration.partner.EndingCountryRole;
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

    @Context
    SecurityContext security;

    @GET
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(summary = "List countries", description = "Every country the network works in, with current roles and history.")
    @APIResponse(responseCode = "200", description = "The countries, by code")
    public List<CountryView> list() {
        Map<CountryCode, List<CountryRole>> roles = countries.roles().stream().collect(Collectors.groupingBy(CountryRole::country));
        return countries.all().stream().map(c -> CountryView.of(c, roles.getOrDefault(c.code(), List.of()), today())).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(summary = "Read a country", description = "Its current roles and their history.")
    @APIResponse(responseCode = "200", description = "The country", content = @Content(schema = @Schema(implementation = CountryView.class)))
    @APIResponse(responseCode = "404", description = "Not a country of the network, or not a country code", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public CountryView read(@Parameter(description = "ISO 3166-1 alpha-2, XK for Kosovo", example = "AL") @PathParam("code") String code) {
        Country country = countries.get(inPath(code));
        return CountryView.of(country, countries.rolesOf(country.code()), today());
    }

    @POST
    @Path("{code}/roles")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(summary = "Assign a role to a country", description = "From validFrom on; a country may hold several roles. "
            + "A valid code not yet in the network is added. CS and YU are accepted only for dates in their lifetime.")
    @APIResponse(responseCode = "201", description = "Assigned, with Location", content = @Content(schema = @Schema(implementation = CountryView.Role.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "409", description = "The country already holds that role in that period", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", ref = "Unprocessable")
    public Response assign(@PathParam("code") String code, @NotNull @Valid CountryRoleRequest request) {
        CountryRole role = assigning.assign(Caller.of(security).actor(), code, request.role(), request.from());
        return Response.created(UriBuilder.fromResource(CountryResource.class).path("{code}/roles/{id}")
                .build(role.country().value(), role.id())).entity(CountryView.Role.of(role)).build();
    }

    @GET
    @Path("{code}/roles/{roleId}")
    @RolesAllowed({Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER})
    @Operation(summary = "Read one of a country's roles")
    @APIResponse(responseCode = "200", description = "The role", content = @Content(schema = @Schema(implementation = CountryView.Role.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CountryView.Role role(@PathParam("code") String code, @PathParam("roleId") UUID roleId) {
        return CountryView.Role.of(countries.role(inPath(code), roleId));
    }

    @POST
    @Path("{code}/roles/{roleId}/end")
    @RolesAllowed(Roles.HUB_ADMIN)
    @Operation(summary = "End a country's role", description = "Records the last day it held; the role stays in the history.")
    @APIResponse(responseCode = "200", description = "Ended", content = @Content(schema = @Schema(implementation = CountryView.Role.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", description = "Already ended", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "validTo before validFrom", content = @Content(mediaType = Problems.MEDIA, schema = @Schema(implementation = Problem.class)))
    public CountryView.Role end(@PathParam("code") String code, @PathParam("roleId") UUID roleId, @NotNull @Valid CountryRoleEnd request) {
        return CountryView.Role.of(ending.end(Caller.of(security).actor(), code, roleId, request.lastDay()));
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
