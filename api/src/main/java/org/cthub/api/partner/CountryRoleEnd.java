package org.cthub.api.partner;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The last day a country held a role. */
@Schema(name = "CountryRoleEnd")
public record CountryRoleEnd(@Schema(example = "2024-12-31") @NotNull LocalDate validTo) {
}
