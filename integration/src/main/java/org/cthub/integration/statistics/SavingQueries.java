package org.cthub.integration.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;
import org.cthub.persistence.partner.SystemStatus;
import org.cthub.persistence.statistics.SavedQueries;
import org.cthub.persistence.statistics.SavedQuery;
import org.cthub.persistence.statistics.Schedule;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;

/**
 * Saved queries, as DHIS2 aggregate data exchanges: an organisation saves a query on one dataset (referrals,
 * follow-ups, persons-assisted, cases, reports) with a rolling period and a schedule; a run (on demand, or when the schedule is due) queues one {@code statistics} message
 * per active system of the organisation in the delivery outbox. The figures are computed when the message is
 * handed over, under the scope the query was saved with, and protected like any other.
 */
@ApplicationScoped
public class SavingQueries {

    static final String TARGET = "saved-query";
    static final String REFERRALS = "referrals";

    @Inject
    SavedQueries queries;

    @Inject
    PartnerSystems systems;

    @Inject
    Deliveries deliveries;

    @Inject
    ReferralStatistics statistics;

    @Inject
    ReportStatistics reports;

    @Inject
    AuditTrail audit;

    @Transactional
    public SavedQuery save(String actor, UUID organisation, SavedQuery.Scope scope, String name, String dataset, String dimensions,
            Map<String, String> filters, int lastMonths, Schedule schedule) {
        if (scope == SavedQuery.Scope.SECRETARIAT) {
            statistics.secretariatScope(organisation); // one that sits in no working group has nothing to save a query on
        }
        if (name == null || name.isBlank() || name.length() > SavedQuery.NAME_LENGTH) {
            throw new RuleViolation("name", "name is required, at most " + SavedQuery.NAME_LENGTH + " characters");
        }
        if (lastMonths < 1 || lastMonths > ReferralQuery.MAX_MONTHS) {
            throw new RuleViolation("lastMonths", "lastMonths is 1 to " + ReferralQuery.MAX_MONTHS);
        }
        String codes;
        String filtersText = "";
        if (REFERRALS.equals(dataset)) {
            ReferralQuery query = ReferralQuery.parse(dimensions, filters, YearMonth.now(ZoneOffset.UTC), YearMonth.now(ZoneOffset.UTC));
            codes = String.join(",", query.dimensionCodes());
            filtersText = query.filtersText();
        } else {
            if (!filters.isEmpty()) {
                throw new RuleViolation("filters", "Filters apply to the referrals dataset only");
            }
            codes = String.join(",", dimensionsOf(dataset, dimensions).stream().map(Codes::of).toList());
        }
        SavedQuery saved = new SavedQuery(organisation, name.strip(), dataset, codes, filtersText, lastMonths, scope, schedule, actor,
                Instant.now());
        queries.add(saved);
        audit.record(actor, "statistics.query-saved", TARGET, saved.id(), "organisation=" + organisation + "; dataset=" + dataset + "; dimensions="
                + saved.dimensions() + "; filters=" + saved.filters() + "; lastMonths=" + lastMonths + "; schedule=" + schedule);
        return saved;
    }

    @Transactional
    public List<SavedQuery> list(UUID organisation, int offset, int limit) {
        return queries.of(organisation, offset, limit);
    }

    @Transactional
    public long count(UUID organisation) {
        return queries.count(organisation);
    }

    @Transactional
    public SavedQuery get(UUID organisation, UUID id) {
        return queries.get(id, organisation, false);
    }

    @Transactional
    public void delete(String actor, UUID organisation, UUID id) {
        queries.get(id, organisation, true).delete();
        audit.record(actor, "statistics.query-deleted", TARGET, id, "organisation=" + organisation);
    }

    /** Runs the query now: its result goes to every active system of the organisation. Returns the run's number. */
    @Transactional
    public int runNow(String actor, UUID organisation, UUID id) {
        SavedQuery query = queries.get(id, organisation, true);
        List<PartnerSystem> receivers = receivers(query);
        if (receivers.isEmpty()) {
            throw new RuleViolation(null, "Your organisation has no active partner system to receive the result: ask the hub "
                    + "operator to register one (pull inbox, webhook or SFTP), or query GET /statistics/referrals directly");
        }
        return queue(actor, query, receivers, false);
    }

    /** Runs every query whose schedule is due (those another node holds are left to it). Returns how many ran. */
    @Transactional
    public int runDue(Instant now, int limit) {
        List<SavedQuery> due = queries.lockDue(now, limit);
        due.forEach(query -> queue("hub", query, receivers(query), true));
        return due.size();
    }

    private List<PartnerSystem> receivers(SavedQuery query) {
        return systems.of(query.organisation()).stream().filter(system -> system.status() == SystemStatus.ACTIVE).toList();
    }

    private int queue(String actor, SavedQuery query, List<PartnerSystem> receivers, boolean scheduled) {
        Instant now = Instant.now();
        int run = query.run(now, scheduled);
        receivers.forEach(system -> deliveries.add(Delivery.ofSavedQueryRun(query.id(), run, system, now)));
        audit.record(actor, "statistics.query-run", TARGET, query.id(), "run=" + run + "; scheduled=" + scheduled + "; systems="
                + receivers.size());
        return run;
    }

    /** The result of a run, computed now under the scope the query was saved with: what its message carries. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatisticsResult result(String actor, UUID savedQueryId, int run) {
        SavedQuery saved = queries.get(savedQueryId);
        StatisticsScope scope = saved.scope() == SavedQuery.Scope.SECRETARIAT ? StatisticsScope.ofCountries(
                statistics.workingGroupCountries(saved.organisation())) : StatisticsScope.contributedBy(saved.organisation());
        YearMonth to = YearMonth.now(ZoneOffset.UTC);
        YearMonth from = to.minusMonths(saved.lastMonths() - 1L);
        StatisticsResult result = switch (saved.dataset()) {
            case REFERRALS -> {
                ReferralQuery query = ReferralQuery.parse(saved.dimensions(), ReferralQuery.filtersFrom(saved.filters()), from, to);
                yield StatisticsResult.ofReferrals(query, scope, statistics.table(actor, scope, query));
            }
            case "follow-ups" -> statistics.followUps(actor, scope, Dimensions.parse(FollowUpDimension.class, saved.dimensions()));
            case "persons-assisted" ->
                    reports.personsAssisted(actor, scope, Dimensions.parse(PersonsDimension.class, saved.dimensions()), from, to);
            case "cases" -> reports.cases(actor, scope, Dimensions.parse(CaseDimension.class, saved.dimensions()));
            case "reports" -> reports.reports(actor, scope, Dimensions.parse(ReportDimension.class, saved.dimensions()), from, to);
            default -> throw new IllegalStateException("a saved query of an unknown dataset");
        };
        return new StatisticsResult(result.dataset(), result.dimensions(), result.from(), result.to(), result.filters(), result.scope(),
                result.table(), saved.id(), saved.name(), run);
    }

    /** The datasets a query can be saved on. */
    public static final List<String> DATASETS = List.of(REFERRALS, "follow-ups", "persons-assisted", "cases", "reports");

    private static List<? extends Enum<?>> dimensionsOf(String dataset, String dimensions) {
        return switch (dataset) {
            case "follow-ups" -> Dimensions.parse(FollowUpDimension.class, dimensions);
            case "persons-assisted" -> Dimensions.parse(PersonsDimension.class, dimensions);
            case "cases" -> Dimensions.parse(CaseDimension.class, dimensions);
            case "reports" -> Dimensions.parse(ReportDimension.class, dimensions);
            default -> throw new RuleViolation("dataset", "dataset '" + dataset + "' is not known: use one of " + DATASETS);
        };
    }
}
