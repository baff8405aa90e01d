package org.cthub.integration.statistics;

import java.util.UUID;

/** A protected table with the query it answers and whose data it counts: what a response or a message carries. */
public record StatisticsResult(String dataset, ReferralQuery query, String scope, ProtectedTable table, UUID savedQueryId,
        String savedQueryName, Integer run) {

    /** The scope's name as the API shows it: contributed, working-groups or all. */
    public static String scopeName(StatisticsScope scope) {
        return scope.partner() != null ? "contributed" : scope.countries() != null ? "working-groups" : "all";
    }
}
