package org.cthub.api.partner;

import java.util.UUID;
import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service offering as the directory shows it. */
@Schema(name = "Service")
public record ServiceView(UUID id, UUID organisationId, String assistanceType, String country, String place,
        @Schema(description = "Free places or slots; absent when unknown") Integer capacity,
        @Schema(format = "date-time", description = "When the offering (and its capacity) was last saved") String updatedAt, long version) {

    static ServiceView of(ServiceOffering s) {
        return new ServiceView(s.id(), s.organisationId(), Codes.of(s.assistanceType()), s.country().value(), s.place(),
                s.capacity(), s.updatedAt().toString(), s.version());
    }
}
