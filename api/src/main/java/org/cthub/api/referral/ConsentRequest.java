package org.cthub.api.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.api.partner.OrganisationTypeCode;
import org.cthub.integration.referral.ConsentDetails;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The person's consent to this transfer (HTCDS v2 {@code con_}): to whom, for what, until when. */
@Schema(name = "ReferralConsent")
public record ConsentRequest(
        @Schema(example = "data-subject", enumeration = {"data-subject", "legal-guardian"}) @NotBlank String givenBy,
        @Schema(example = "2026-03-01T09:30:00Z") @NotNull Instant givenAt,
        @Schema(description = "Organisation ids the person agreed to share with") @Size(max = 50) List<@NotNull UUID> recipients,
        @Schema(type = SchemaType.ARRAY, implementation = OrganisationTypeCode.class, example = "[\"ngo\"]",
                description = "Kinds of organisation the person agreed to share with") @Size(max = 4) List<@NotBlank String> recipientTypes,
        @Schema(example = "assistance-and-protection", enumeration = {"assistance-and-protection", "return", "reintegration",
                "legal-proceedings"}) @NotBlank String purpose,
        @Schema(example = "2026-09-01T00:00:00Z") @NotNull Instant validUntil,
        @Schema(example = "consent form 2026/017, case file", description = "Where the signed consent is kept in your system")
                @NotBlank @Size(max = 200) String evidenceReference) {

    ConsentDetails details() {
        return new ConsentDetails(givenBy, givenAt, recipients, recipientTypes, purpose, validUntil, evidenceReference);
    }
}
