package org.cthub.api.partner;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Names a country's focal point. */
@Schema(name = "FocalPointRequest", example = """
        {
          "organisationId": "8d2f4b6a-1c3e-4f5a-9b7c-2e4d6f8a0b1c"
        }
        """)
public record FocalPointRequest(
        @Schema(description = "An active organisation of the directory, of any type") @NotNull UUID organisationId) {
}
