package org.cthub.integration.statistics;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A protected table with what it answers (dataset, dimension codes, period when it has one, filters) and whose
 * data it counts: what a response or a message carries. The saved query's id, name and run are set for a run.
 */
public record StatisticsResult(String dataset, List<String> dimensions, String from, String to, Map<String, String> filters,
        String scope, ProtectedTable table, UUID savedQueryId, String savedQueryName, Integer run) {

    /** A referral table answered directly. */
    public static StatisticsResult ofReferrals(ReferralQuery query, StatisticsScope scope, ProtectedTable table) {
        return ofReferrals(query, scope, table, null, null, null);
    }

    /** A referral table, as a saved query's run when the last three are given. */
    public static StatisticsResult ofReferrals(ReferralQuery query, StatisticsScope scope, ProtectedTable table, UUID savedQueryId,
            String savedQueryName, Integer run) {
        return new StatisticsResult("referrals", query.dimensionCodes(), query.from().toString(), query.to().toString(),
                query.filterCodes(), scopeName(scope), table, savedQueryId, savedQueryName, run);
    }

    /** The scope's name as the API shows it: contributed, working-groups or all. */
    public static String scopeName(StatisticsScope scope) {
        return scope.partner() != null ? "contributed" : scope.countries() != null ? "working-groups" : "all";
    }
}
