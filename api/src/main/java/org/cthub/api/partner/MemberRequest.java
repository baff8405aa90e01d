package org.cthub.api.partner;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation to seat in a working group. */
@Schema(name = "MemberRequest", example = """
        {
          "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f"
        }
        """)
public record MemberRequest(@NotNull UUID organisationId) {
}
