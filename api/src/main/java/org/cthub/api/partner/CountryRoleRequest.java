package org.cthub.api.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A role a country takes on from a date. */
@Schema(name = "CountryRoleRequest")
public record CountryRoleRequest(
        @Schema(enumeration = {"origin", "transit", "destination"}, example = "transit") @NotBlank String role,
        @Schema(example = "2025-01-01") @NotNull LocalDate validFrom) {
}
