package org.cthub.api.partner;

import java.util.UUID;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the directory shows it. */
@Schema(name = "Organisation", example = """
        {
          "id": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "name": "La Strada Moldova",
          "type": "ngo",
          "country": "MD",
          "contact": {
            "email": "office@lastrada-moldova.example.org",
            "phone": "+373 22 000 000",
            "address": "Strada Example 1, Chișinău"
          },
          "status": "active",
          "registeredAt": "2026-01-12T09:00:00Z",
          "version": 3
        }
        """)
public record OrganisationView(UUID id, String name,
        @Schema(enumeration = {"government", "ngo", "international-organisation", "working-group-secretariat"}) String type,
        String country, ContactBody contact,
        @Schema(enumeration = {"pending", "active", "suspended"}) String status,
        @Schema(format = "date-time", example = "2025-01-31T09:00:00Z") String registeredAt,
        @Schema(description = "The version, also sent as the ETag") long version,
        @Schema(description = "A sandbox organisation (a partner's sandbox twin or the echo partner): its data is kept apart "
                + "from every real organisation's. Sandbox callers see only these, real partners never") boolean sandbox) {

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.name(), Codes.of(o.type()), o.country().value(),
                ContactBody.of(o.contact()), Codes.of(o.status()), o.registeredAt().toString(), o.version(), o.isSandbox());
    }
}
