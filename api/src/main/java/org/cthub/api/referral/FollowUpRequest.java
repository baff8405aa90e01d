package org.cthub.api.referral;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cthub.persistence.referral.ReintegrationArea;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up report: codes, and at most a short note without personal data. */
@Schema(name = "FollowUpRequest")
public record FollowUpRequest(
        @NotNull @Schema(required = true, enumeration = {"stable", "improving", "deteriorating", "at-risk", "not-reached"},
                description = "How the person's reintegration stands; not-reached when the person could not be reached") String wellbeing,
        @Size(max = 7) @Schema(type = SchemaType.ARRAY, implementation = ReintegrationAreaCode.class,
                description = "The areas in which reintegration is on track") List<String> situation,
        @Schema(maxLength = 1000, description = "Must not contain personal data") String notes) {

    Set<ReintegrationArea> areas() {
        Set<ReintegrationArea> areas = EnumSet.noneOf(ReintegrationArea.class);
        if (situation != null) {
            situation.forEach(code -> areas.add(Codes.parse(ReintegrationArea.class, code, "situation")));
        }
        return areas;
    }
}
