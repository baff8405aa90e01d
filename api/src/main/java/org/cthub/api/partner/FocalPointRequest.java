package org.cthub.api.partner;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Names a country's focal point. */
@Schema(name = "FocalPointRequest")
public record FocalPointRequest(
        @Schema(description = "An active organisation of the directory, of any type") @NotNull UUID organisationId) {
}
