package org.cthub.api.partner;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The last day a country held a role. */
@Schema(name = "CountryRoleEnd", example = """
        {
          "validTo": "2026-12-31"
        }
        """)
public record CountryRoleEnd(@Schema(format = "date", example = "2024-12-31") @NotNull @Pattern(regexp = IsoDates.PATTERN, message = IsoDates.MESSAGE) String validTo) {

    LocalDate lastDay() {
        return IsoDates.parse(validTo, "validTo");
    }
}
