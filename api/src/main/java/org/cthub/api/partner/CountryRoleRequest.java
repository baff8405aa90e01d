package org.cthub.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role a country takes on from a date. */
@Schema(name = "CountryRoleRequest", example = """
        {
          "role": "transit",
          "validFrom": "2025-01-01"
        }
        """)
public record CountryRoleRequest(
        @Schema(enumeration = {"origin", "transit", "destination"}, example = "transit") @NotBlank String role,
        @Schema(format = "date", example = "2025-01-01") @NotNull @Pattern(regexp = IsoDates.PATTERN, message = IsoDates.MESSAGE) String validFrom) {

    LocalDate from() {
        return IsoDates.parse(validFrom, "validFrom");
    }
}
