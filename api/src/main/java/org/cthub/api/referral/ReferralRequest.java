package org.cthub.api.referral;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.cthub.api.partner.AssistanceTypeCode;
import org.cthub.integration.referral.ReferralSubmission;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A referral as the referring organisation submits it; the referring organisation is the token's. */
@Schema(name = "ReferralRequest")
public record ReferralRequest(
        @Schema(description = "cas_ReferredOrganisation: the recipient, an active organisation of the directory. Leave it out "
                + "to have the hub choose from the service directory (see POST /referrals)") UUID referredOrganisation,
        @Schema(example = "BARI-2026-0042", description = "Your own case reference. Only a keyed hash of it is kept: the same "
                + "reference from your organisation gives the same caseId") @Size(max = 100) String caseReference,
        @Schema(type = SchemaType.ARRAY, implementation = AssistanceTypeCode.class, example = "[\"shelter\", \"medical\"]") @NotEmpty @Size(max = 13) List<@NotBlank String> assistanceTypes,
        @Schema(example = "rapid-response", enumeration = {"rapid-response", "standard"}) @NotBlank String urgency,
        @Schema(example = "IT", description = "Where the person is now (ISO 3166-1 alpha-2)") @NotBlank @Size(min = 2, max = 2) String currentCountry,
        @Schema(example = "Bari", description = "Town where the person is now: personal, served like the person's fields") @Size(max = 200) String currentPlace,
        @Schema(example = "MD", description = "Planned destination of a return; required when assistanceTypes has return") @Size(min = 2, max = 2) String destinationCountry,
        @Schema(example = "first-assistance-and-protection", enumeration = {"identification", "first-assistance-and-protection",
                "long-term-assistance-and-social-inclusion", "return-and-social-inclusion", "criminal-and-civil-proceedings"},
                description = "Stage of the Transnational Referral Mechanism") @NotBlank String trmStage,
        @Schema(example = "assistance-and-protection", enumeration = {"assistance-and-protection", "return", "reintegration",
                "legal-proceedings"}, description = "What the transfer is for; the consent must be for the same purpose") @NotBlank String purpose,
        @Schema(example = "Stranded after leaving her employer; needs a safe place tonight.",
                description = "cas_OutgoingReferralDetails: personal, served like the person's fields") @Size(max = 4000) String summary,
        @Valid PersonRequest person,
        @NotNull @Valid ConsentRequest consent) {

    ReferralSubmission submission() {
        return new ReferralSubmission(referredOrganisation, caseReference, assistanceTypes, urgency, currentCountry,
                currentPlace, destinationCountry, trmStage, purpose, summary, person == null ? null : person.details(),
                consent.details());
    }
}
