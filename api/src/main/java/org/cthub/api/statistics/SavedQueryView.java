package org.cthub.api.statistics;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.integration.statistics.ReferralQuery;
import org.cthub.persistence.statistics.SavedQuery;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved query. */
@Schema(name = "SavedQuery", example = """
        {
          "id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
          "name": "Referrals by route, last 12 months",
          "dataset": "referrals",
          "dimensions": [
            "origin",
            "destination"
          ],
          "filters": {
            "assistance-type": "shelter"
          },
          "lastMonths": 12,
          "scope": "working-groups",
          "schedule": "monthly",
          "nextRunAt": "2026-12-01T06:00:00Z",
          "runs": 4,
          "createdAt": "2026-08-01T09:00:00Z"
        }
        """)
public record SavedQueryView(UUID id, String name,
        @Schema(enumeration = {"referrals", "follow-ups", "persons-assisted", "cases", "reports"}) String dataset, List<String> dimensions,
        Map<String, String> filters, int lastMonths,
        @Schema(enumeration = {"working-groups", "contributed"}, description = "Whose data its runs count, fixed by the role it was "
                + "saved with: a secretariat's working groups' countries, or a partner's own referrals") String scope,
        @Schema(enumeration = {"none", "daily", "weekly", "monthly"}) String schedule,
        @Schema(format = "date-time", description = "When it runs next by itself; absent for none") String nextRunAt,
        @Schema(description = "How many times it has run") int runs,
        @Schema(format = "date-time") String createdAt) {

    static SavedQueryView of(SavedQuery query) {
        return new SavedQueryView(query.id(), query.name(), query.dataset(), List.of(query.dimensions().split(",")),
                ReferralQuery.filtersFrom(query.filters()), query.lastMonths(),
                query.scope() == SavedQuery.Scope.SECRETARIAT ? "working-groups" : "contributed", Codes.of(query.schedule()),
                query.nextRunAt() == null ? null : query.nextRunAt().toString(), query.runCount(), query.createdAt().toString());
    }
}
