package org.cthub.api.partner;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation to seat in a working group. */
@Schema(name = "MemberRequest")
public record MemberRequest(@NotNull UUID organisationId) {
}
