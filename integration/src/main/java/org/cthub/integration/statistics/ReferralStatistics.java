package org.cthub.integration.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.statistics.FollowUpFacts;
import org.cthub.persistence.statistics.ReferralFacts;
import org.cthub.persistence.statistics.SharedData;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.NotPermitted;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.crypto.KeyedHash;

/**
 * Referral and follow-up aggregates, protected by {@link DisclosureControl} before they leave: counted from metadata only,
 * within the caller's {@link StatisticsScope}. Every query is audited (its dimensions, filters, period and
 * scope; never a count).
 */
@ApplicationScoped
public class ReferralStatistics {

    static final String AUDIT_ACTION = "statistics.referrals-read";
    static final String FOLLOW_UPS_ACTION = "statistics.follow-ups-read";
    static final String AUDIT_TARGET = "statistics";

    @Inject
    SharedData data;

    @Inject
    StatisticsSettings settings;

    @Inject
    AuditTrail audit;

    /** The scope of a secretariat: its working groups' countries; one whose organisation sits in no group may not query. */
    @Transactional
    public StatisticsScope secretariatScope(UUID organisation) {
        Set<String> countries = data.workingGroupCountries(organisation);
        if (countries.isEmpty()) {
            throw new NotPermitted("Your organisation sits in no working group, so there is no data for it to see: ask the hub "
                    + "operator to add it to its working group");
        }
        return StatisticsScope.ofCountries(countries);
    }

    /** The countries of the working groups the organisation sits in (empty: none), whatever it sees now. */
    @Transactional(Transactional.TxType.MANDATORY)
    Set<String> workingGroupCountries(UUID organisation) {
        return data.workingGroupCountries(organisation);
    }

    @Transactional
    public ProtectedTable table(String actor, StatisticsScope scope, ReferralQuery query) {
        CountTable.Builder builder = new CountTable.Builder(query.dimensions().size() == 2);
        KeyedHash recordKeys = KeyedHash.forPurpose("statistics-record-key");
        for (ReferralFacts referral : data.referrals(query.from().atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                query.to().plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), scope.partner())) {
            if (!scope.covers(referral) || !matches(referral, query.filters())) {
                continue;
            }
            builder.add(recordKey(recordKeys, referral.id()), query.dimensions().get(0).values(referral),
                    query.dimensions().size() == 2 ? query.dimensions().get(1).values(referral) : Set.of());
        }
        CountTable table = builder.build();
        int k = settings.k();
        audit.record(actor, AUDIT_ACTION, AUDIT_TARGET, null, "dimensions=" + query.dimensions() + "; filters=" + query.filters()
                + "; from=" + query.from() + "; to=" + query.to() + "; scope=" + scope + "; k=" + k);
        return new ProtectedTable(table.rows(), table.columns(), DisclosureControl.protect(table, k), k);
    }

    /**
     * The reintegration follow-up reports not yet made, as of now, by one or two of state (open, overdue),
     * origin, destination and due-month, protected like every table.
     */
    @Transactional
    public StatisticsResult followUps(String actor, StatisticsScope scope, List<FollowUpDimension> dimensions) {
        if (dimensions.isEmpty() || dimensions.size() > 2 || dimensions.stream().distinct().count() != dimensions.size()) {
            throw new RuleViolation("dimensions", "Name one or two different dimensions, e.g. dimensions=state,destination");
        }
        Instant now = Instant.now();
        List<Dimension<FollowUpFacts>> counted = dimensions.stream().map(dimension -> dimension.at(now)).toList();
        CountTable.Builder builder = new CountTable.Builder(counted.size() == 2);
        KeyedHash recordKeys = KeyedHash.forPurpose("statistics-record-key");
        for (FollowUpFacts followUp : data.openFollowUps(scope.partner())) {
            if (scope.covers(followUp.origin(), followUp.destination())) {
                builder.add(recordKey(recordKeys, followUp.id()), counted.get(0).values(followUp),
                        counted.size() == 2 ? counted.get(1).values(followUp) : Set.of());
            }
        }
        CountTable table = builder.build();
        int k = settings.k();
        List<String> codes = dimensions.stream().map(Codes::of).toList();
        audit.record(actor, FOLLOW_UPS_ACTION, AUDIT_TARGET, null, "dimensions=" + dimensions + "; scope=" + scope + "; k=" + k);
        return new StatisticsResult("follow-ups", codes, null, null, Map.of(), StatisticsResult.scopeName(scope),
                new ProtectedTable(table.rows(), table.columns(), DisclosureControl.protect(table, k), k), null, null, null);
    }

    private static boolean matches(ReferralFacts referral, Map<ReferralDimension, String> filters) {
        return filters.entrySet().stream().allMatch(filter -> filter.getKey().values(referral).contains(filter.getValue()));
    }

    /** A record's key in [0, 256): the first byte of a keyed hash of its id, the same in every query. */
    static int recordKey(KeyedHash keys, UUID id) {
        return recordKey(keys, id.toString());
    }

    /** The same for a record named otherwise (a report's row: {@code <reportId>:<rowNumber>}). */
    static int recordKey(KeyedHash keys, String id) {
        String hash = keys.current(id);
        return HexFormat.fromHexDigits(hash, hash.indexOf(':') + 1, hash.indexOf(':') + 3);
    }
}
