package org.cthub.api.partner;

import java.util.UUID;
import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service offering as the directory shows it. */
@Schema(name = "Service", example = """
        {
          "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
          "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "assistanceType": "shelter",
          "country": "MD",
          "place": "Chișinău",
          "capacity": 6,
          "updatedAt": "2026-11-20T08:15:00Z",
          "version": 2
        }
        """)
public record ServiceView(UUID id, UUID organisationId, String assistanceType, String country, String place,
        @Schema(description = "Free places or slots; absent when unknown") Integer capacity,
        @Schema(format = "date-time", description = "When the offering (and its capacity) was last saved") String updatedAt, long version) {

    static ServiceView of(ServiceOffering s) {
        return new ServiceView(s.id(), s.organisationId(), Codes.of(s.assistanceType()), s.country().value(), s.place(),
                s.capacity(), s.updatedAt().toString(), s.version());
    }
}
