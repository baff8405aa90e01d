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
import org.cthub.persistence.support.RuleViolation;

/**
 * Saved queries, as DHIS2 aggregate data exchanges: an organisation saves a referral query with a rolling
 * period and a schedule; a run (on demand, or when the schedule is due) queues one {@code statistics} message
 * per active system of the organisation in the delivery outbox. The figures are computed when the message is
 * handed over, under the scope the query was saved with, and protected like any other.
 */
@ApplicationScoped
public class SavingQueries {

    static final String TARGET = "saved-query";

    @Inject
    SavedQueries queries;

    @Inject
    PartnerSystems systems;

    @Inject
    Deliveries deliveries;

    @Inject
    ReferralStatistics statistics;

    @Inject
    AuditTrail audit;

    @Transactional
    public SavedQuery save(String actor, UUID organisation, SavedQuery.Scope scope, String name, String dimensions,
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
        ReferralQuery query = period(ReferralQuery.parse(dimensions, filters, YearMonth.now(ZoneOffset.UTC), YearMonth.now(ZoneOffset.UTC)),
                lastMonths, Instant.now());
        SavedQuery saved = new SavedQuery(organisation, name.strip(), "referrals", String.join(",", query.dimensionCodes()),
                query.filtersText(), lastMonths, scope, schedule, actor, Instant.now());
        queries.add(saved);
        audit.record(actor, "statistics.query-saved", TARGET, saved.id(), "organisation=" + organisation + "; dimensions="
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
        ReferralQuery query = period(ReferralQuery.parse(saved.dimensions(), ReferralQuery.filtersFrom(saved.filters()),
                YearMonth.now(ZoneOffset.UTC), YearMonth.now(ZoneOffset.UTC)), saved.lastMonths(), Instant.now());
        return StatisticsResult.ofReferrals(query, scope, statistics.table(actor, scope, query), saved.id(), saved.name(), run);
    }

    /** The same query over the last {@code months} whole months up to the current one. */
    static ReferralQuery period(ReferralQuery query, int months, Instant now) {
        YearMonth to = YearMonth.from(now.atZone(ZoneOffset.UTC));
        return new ReferralQuery(query.dimensions(), to.minusMonths(months - 1L), to, query.filters());
    }
}
