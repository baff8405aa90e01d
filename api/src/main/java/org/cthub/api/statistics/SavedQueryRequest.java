package org.cthub.api.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral query to save: what GET /statistics/referrals takes, with a rolling period and a schedule. */
@Schema(name = "SavedQueryRequest", example = """
        {
          "name": "Referrals by route, last 12 months",
          "dataset": "referrals",
          "dimensions": "origin,destination",
          "filters": {
            "assistance-type": "shelter"
          },
          "lastMonths": 12,
          "schedule": "monthly"
        }
        """)
public record SavedQueryRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Referrals by route, last 12 months") String name,
        @Schema(enumeration = {"referrals", "follow-ups", "persons-assisted", "cases", "reports"}, description = "What it counts, as "
                + "GET /statistics/{dataset}; referrals when left out") String dataset,
        @NotBlank @Size(max = 60) @Schema(required = true, description = "One or two dimensions of the dataset, as its GET takes them",
                example = "origin,destination") String dimensions,
        @Size(max = 4) @Schema(description = "Referrals only: filters by dimension (origin, destination, assistance-type, outcome)",
                example = "{\"assistance-type\": \"shelter\"}") Map<String, String> filters,
        @NotNull @Min(1) @Max(120) @Schema(required = true, description = "Each run counts the last this many months, up to the "
                + "month of the run (follow-ups and cases are counted as of the run, whatever the period)", example = "12") Integer lastMonths,
        @Schema(enumeration = {"none", "daily", "weekly", "monthly"}, description = "none (default): on demand only; daily, weekly "
                + "(Mondays) or monthly (the 1st), at 06:00 UTC") String schedule) {
}
