package org.cthub.api.partner;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cthub.integration.partner.ServiceDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service an organisation offers, or its new state (usually a new capacity). */
@Schema(name = "ServiceRequest", example = """
        {
          "assistanceType": "shelter",
          "country": "MD",
          "place": "Chișinău",
          "capacity": 6
        }
        """)
public record ServiceRequest(
        @Schema(ref = "AssistanceType") @NotBlank String assistanceType,
        @Schema(example = "AL", description = "ISO 3166-1 alpha-2; XK for Kosovo") @NotBlank @Size(min = 2, max = 2) String country,
        @Schema(example = "Vlorë") @NotBlank @Size(max = 200) String place,
        @Schema(description = "Free places or slots now; null when unknown", example = "4") @Min(0) Integer capacity) {

    ServiceDetails details() {
        return new ServiceDetails(assistanceType, country, place, capacity);
    }
}
