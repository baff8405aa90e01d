package org.cthub.api.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cthub.integration.partner.OrganisationDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation to register or its new state. */
@Schema(name = "OrganisationRequest", example = """
        {
          "name": "La Strada Moldova",
          "type": "ngo",
          "country": "MD",
          "contact": {
            "email": "office@lastrada-moldova.example.org",
            "phone": "+373 22 000 000",
            "address": "Strada Example 1, Chișinău"
          }
        }
        """)
public record OrganisationRequest(
        @Schema(example = "Different and Equal") @NotBlank @Size(max = 200) String name,
        @Schema(enumeration = {"government", "ngo", "international-organisation", "working-group-secretariat"},
                example = "ngo") @NotBlank String type,
        @Schema(description = "ISO 3166-1 alpha-2; XK for Kosovo", example = "AL") @NotBlank @Size(min = 2, max = 2) String country,
        @NotNull @Valid ContactBody contact,
        @Schema(description = "Only on update: pending → active ↔ suspended. Omit to keep the current status.",
                enumeration = {"pending", "active", "suspended"}) String status) {

    OrganisationDetails details() {
        return new OrganisationDetails(name, type, country, contact.email(), contact.phone(), contact.address());
    }
}
