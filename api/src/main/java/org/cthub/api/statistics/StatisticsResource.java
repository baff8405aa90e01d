package org.cthub.api.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cthub.api.support.problem.Problem;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;
import org.cthub.integration.statistics.CaseDimension;
import org.cthub.integration.statistics.Dimensions;
import org.cthub.integration.statistics.FollowUpDimension;
import org.cthub.integration.statistics.PersonsDimension;
import org.cthub.integration.statistics.ReportDimension;
import org.cthub.integration.statistics.ReportStatistics;
import org.cthub.integration.statistics.ReferralQuery;
import org.cthub.integration.statistics.ReferralStatistics;
import org.cthub.integration.statistics.StatisticsResult;
import org.cthub.integration.statistics.StatisticsScope;
import org.cthub.integration.statistics.TableExport;
import org.cthub.persistence.support.RuleViolation;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Shared data: referral, follow-up, persons-assisted and case aggregates under statistical disclosure control, for working-group secretariats (their
 * groups' countries), partners (the data they contributed) and the hub operator. Never a person-level record.
 */
@Path("/statistics")
@Tag(name = "Shared data")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = "Unauthorized")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class StatisticsResource {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReferralStatistics statistics;

    @Inject
    ReportStatistics reports;

    @Context
    SecurityContext security;

    @GET
    @Path("referrals")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "countReferrals", summary = "Count referrals", description = "Referrals counted by one or two dimensions (origin and destination: the "
            + "countries of the referring and the referred organisation; assistance-type; outcome: the referral's status; month of "
            + "submission), over whole months, optionally filtered. Whose referrals count: a secretariat's are those whose origin or "
            + "destination is the country of a member organisation of a working group its organisation sits in (403 if it sits in "
            + "none); a partner's are those it sent or received; the hub operator's are all. " + StatisticsTableView.PROTECTION
            + " format=csv gives RFC 4180 CSV, hxl the same with an HXL hashtag row (#country+code+origin, #country+code+destination, "
            + "#sector+assistance, #status, #date+month, #indicator+num+referrals, #meta+suppressed), xlsx a workbook with one sheet; "
            + "each has one row per cell and margin (total), the count empty when withheld. Every query is audited.")
    @APIResponse(responseCode = "200", description = "The protected table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsTableView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A query parameter fails validation (errors lists them)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A parameter names something unknown (a dimension, country, assistance type or "
            + "outcome), the period is reversed or longer than 120 months, or a dimension is both counted and filtered",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response referrals(
            @Parameter(description = "One or two of origin, destination, assistance-type, outcome, month, comma-separated: rows, then columns",
                    example = "origin,destination", required = true)
            @QueryParam("dimensions") @NotBlank @jakarta.validation.constraints.Size(max = 60) String dimensions,
            @Parameter(description = "First month, yyyy-MM; default 11 months before to", example = "2026-01")
            @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}") String from,
            @Parameter(description = "Last month, yyyy-MM; default the current month (UTC)", example = "2026-12")
            @QueryParam("to") @Pattern(regexp = "\\d{4}-\\d{2}") String to,
            @Parameter(description = "Only referrals from this country (ISO 3166-1 alpha-2)") @QueryParam("origin") String origin,
            @Parameter(description = "Only referrals to this country") @QueryParam("destination") String destination,
            @Parameter(description = "Only referrals asking for this assistance type") @QueryParam("assistanceType") String assistanceType,
            @Parameter(description = "Only referrals with this status") @QueryParam("outcome") String outcome,
            @Parameter(description = "json (default), csv, hxl or xlsx", schema = @Schema(enumeration = {"json", "csv", "hxl", "xlsx"}))
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|hxl|xlsx") String format) {
        CallerPrincipal caller = caller();
        Map<String, String> filters = new TreeMap<>();
        putIfGiven(filters, "origin", origin);
        putIfGiven(filters, "destination", destination);
        putIfGiven(filters, "assistance-type", assistanceType);
        putIfGiven(filters, "outcome", outcome);
        YearMonth last = last(to);
        YearMonth first = first(from, last);
        ReferralQuery query = ReferralQuery.parse(dimensions, filters, first, last);
        StatisticsScope scope = scope(caller);
        StatisticsResult result = StatisticsResult.ofReferrals(query, scope, statistics.table(caller.clientId(), scope, query));
        return render(result, format, "referrals-" + String.join("-", result.dimensions()) + "-" + first + "-" + last);
    }

    @GET
    @Path("follow-ups")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "countFollowUps", summary = "Count open reintegration follow-ups", description = "The reintegration follow-up reports not yet made, "
            + "as of now, by one or two of state (open: not yet due; overdue), origin and destination (the countries of the "
            + "referral's referring and referred organisation) and due-month. Whose: as for referrals (a secretariat's working "
            + "groups' countries, a partner's own referrals, all for the hub operator). Protected the same way: "
            + StatisticsTableView.PROTECTION + " Formats as for referrals (#status+followup, #date+due, #indicator+num+followups). "
            + "Every query is audited.")
    @APIResponse(responseCode = "200", description = "The protected table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsTableView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A query parameter fails validation (errors lists them)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A dimension is unknown, named twice, or more than two are named",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response followUps(
            @Parameter(description = "One or two of state, origin, destination, due-month, comma-separated: rows, then columns",
                    example = "state,destination", required = true)
            @QueryParam("dimensions") @NotBlank @jakarta.validation.constraints.Size(max = 60) String dimensions,
            @Parameter(description = "json (default), csv, hxl or xlsx", schema = @Schema(enumeration = {"json", "csv", "hxl", "xlsx"}))
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|hxl|xlsx") String format) {
        CallerPrincipal caller = caller();
        List<FollowUpDimension> counted = Dimensions.parse(FollowUpDimension.class, dimensions);
        StatisticsResult result = statistics.followUps(caller.clientId(), scope(caller), counted);
        return render(result, format, "follow-ups-" + String.join("-", result.dimensions()));
    }

    @GET
    @Path("persons-assisted")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "countPersonsAssisted", summary = "Count persons assisted", description = "Persons assisted as NGOs reported them in accepted activity reports "
            + "(count lines of measure persons-assisted, each weighing its count), by one or two of gender, age-band, citizenship, "
            + "assistance-type, country (where assisted) and month (the start of the reported period), over whole months. Whose: a "
            + "secretariat's are the reports of NGOs in its working groups' countries, a partner's its own, the hub operator's all. "
            + "Protected as every table: " + StatisticsTableView.PROTECTION + " Every query is audited.")
    @APIResponse(responseCode = "200", description = "The protected table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsTableView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A query parameter fails validation (errors lists them)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A dimension is unknown, named twice, or more than two are named; the period is reversed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response personsAssisted(
            @Parameter(description = "One or two of gender, age-band, citizenship, assistance-type, country, month", example = "gender,assistance-type",
                    required = true)
            @QueryParam("dimensions") @NotBlank @jakarta.validation.constraints.Size(max = 60) String dimensions,
            @Parameter(description = "First month, yyyy-MM; default 11 months before to") @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}") String from,
            @Parameter(description = "Last month, yyyy-MM; default the current month (UTC)") @QueryParam("to") @Pattern(regexp = "\\d{4}-\\d{2}") String to,
            @Parameter(description = "json (default), csv, hxl or xlsx", schema = @Schema(enumeration = {"json", "csv", "hxl", "xlsx"}))
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|hxl|xlsx") String format) {
        CallerPrincipal caller = caller();
        YearMonth last = last(to);
        YearMonth first = first(from, last);
        List<PersonsDimension> counted = Dimensions.parse(PersonsDimension.class, dimensions);
        StatisticsResult result = reports.personsAssisted(caller.clientId(), scope(caller), counted, first, last);
        return render(result, format, "persons-assisted-" + String.join("-", result.dimensions()) + "-" + first + "-" + last);
    }

    @GET
    @Path("cases")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "countCases", summary = "Count anonymised cases and trafficking routes", description = "Anonymised case records of accepted ctdc-case "
            + "reports, one record per case, by one or two of gender, age-band, citizenship, exploitation-type (forced-labour, "
            + "sexual-exploitation, other-exploitation; multi-valued as in CTDC), country-of-exploitation and year (of registration). "
            + "dimensions=citizenship,country-of-exploitation is the trafficking-route table. Scope as for persons assisted. Protected "
            + "as every table: " + StatisticsTableView.PROTECTION + " Every query is audited.")
    @APIResponse(responseCode = "200", description = "The protected table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsTableView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A query parameter fails validation (errors lists them)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A dimension is unknown, named twice, or more than two are named",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response cases(
            @Parameter(description = "One or two of gender, age-band, citizenship, exploitation-type, country-of-exploitation, year",
                    example = "citizenship,country-of-exploitation", required = true)
            @QueryParam("dimensions") @NotBlank @jakarta.validation.constraints.Size(max = 60) String dimensions,
            @Parameter(description = "json (default), csv, hxl or xlsx", schema = @Schema(enumeration = {"json", "csv", "hxl", "xlsx"}))
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|hxl|xlsx") String format) {
        CallerPrincipal caller = caller();
        List<CaseDimension> counted = Dimensions.parse(CaseDimension.class, dimensions);
        StatisticsResult result = reports.cases(caller.clientId(), scope(caller), counted);
        return render(result, format, "cases-" + String.join("-", result.dimensions()));
    }

    @GET
    @Path("reports")
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @RolesAllowed({Roles.SECRETARIAT, Roles.PARTNER, Roles.HUB_ADMIN})
    @Operation(operationId = "countReports", summary = "Count reports received and accepted", description = "NGO reports first submitted in whole months, by one or "
            + "two of organisation (the NGO's id), country (the NGO's), working-group, status (submitted: received, not yet "
            + "reviewed; accepted; returned) and month. Scope as for persons assisted. Reports are organisations' submissions, "
            + "not persons, but they are protected like every table, so an NGO's handful of reports in a month shows as "
            + "withheld; the report register itself is GET /reports. " + StatisticsTableView.PROTECTION + " Every query is audited.")
    @APIResponse(responseCode = "200", description = "The protected table", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticsTableView.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "A query parameter fails validation (errors lists them)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A dimension is unknown, named twice, or more than two are named; the period is reversed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response reports(
            @Parameter(description = "One or two of organisation, country, working-group, status, month", example = "organisation,status",
                    required = true)
            @QueryParam("dimensions") @NotBlank @jakarta.validation.constraints.Size(max = 60) String dimensions,
            @Parameter(description = "First month, yyyy-MM; default 11 months before to") @QueryParam("from") @Pattern(regexp = "\\d{4}-\\d{2}") String from,
            @Parameter(description = "Last month, yyyy-MM; default the current month (UTC)") @QueryParam("to") @Pattern(regexp = "\\d{4}-\\d{2}") String to,
            @Parameter(description = "json (default), csv, hxl or xlsx", schema = @Schema(enumeration = {"json", "csv", "hxl", "xlsx"}))
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "json|csv|hxl|xlsx") String format) {
        CallerPrincipal caller = caller();
        YearMonth last = last(to);
        YearMonth first = first(from, last);
        List<ReportDimension> counted = Dimensions.parse(ReportDimension.class, dimensions);
        StatisticsResult result = reports.reports(caller.clientId(), scope(caller), counted, first, last);
        return render(result, format, "reports-" + String.join("-", result.dimensions()) + "-" + first + "-" + last);
    }

    private static Response render(StatisticsResult result, String format, String file) {
        return switch (format) {
            case "csv", "hxl" -> Response.ok((StreamingOutput) out -> TableExport.csv(result, format.equals("hxl"), out),
                    CSV + "; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + (format.equals("hxl") ? "-hxl" : "")
                    + ".csv\"").build();
            case "xlsx" -> Response.ok((StreamingOutput) out -> TableExport.xlsx(result, out), XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
            default -> Response.ok(StatisticsTableView.of(result), MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private static void putIfGiven(Map<String, String> filters, String dimension, String value) {
        if (value != null) {
            filters.put(dimension, value);
        }
    }

    private StatisticsScope scope(CallerPrincipal caller) {
        if (caller.hasRole(Roles.HUB_ADMIN)) {
            return StatisticsScope.everything();
        }
        if (caller.organisationId() == null) {
            throw new ForbiddenException();
        }
        return caller.hasRole(Roles.SECRETARIAT) ? statistics.secretariatScope(caller.organisationId())
                : StatisticsScope.contributedBy(caller.organisationId());
    }

    /** The last month asked for: the current one (UTC) when not given. */
    private static YearMonth last(String to) {
        return to == null ? YearMonth.now(ZoneOffset.UTC) : month(to, "to");
    }

    /** The first month asked for: a year's worth up to the last when not given. */
    private static YearMonth first(String from, YearMonth last) {
        return from == null ? last.minusMonths(11) : month(from, "from");
    }

    private static YearMonth month(String text, String field) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, field + " '" + text + "' is not a month (yyyy-MM)");
        }
    }

    private CallerPrincipal caller() {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal;
        }
        throw new NotAuthorizedException("Bearer");
    }
}
