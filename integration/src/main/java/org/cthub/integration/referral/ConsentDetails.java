package org.cthub.integration.referral;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.OrganisationType;
import org.cthub.persistence.referral.Consent;
import org.cthub.persistence.referral.ConsentGiver;
import org.cthub.persistence.referral.ConsentPurpose;

/** A consent as the sender records it, codes as text. */
public record ConsentDetails(String givenBy, Instant givenAt, List<UUID> recipients, List<String> recipientTypes,
        String purpose, Instant validUntil, String evidenceReference) {

    Consent consent(Instant now) {
        Set<OrganisationType> types = EnumSet.noneOf(OrganisationType.class);
        if (recipientTypes != null) {
            recipientTypes.forEach(type -> types.add(CodeValues.required(OrganisationType.class, type, "consent.recipientTypes")));
        }
        return new Consent(CodeValues.required(ConsentGiver.class, givenBy, "consent.givenBy"), givenAt,
                recipients == null ? Set.of() : new HashSet<>(recipients), types,
                CodeValues.required(ConsentPurpose.class, purpose, "consent.purpose"), validUntil, evidenceReference, now);
    }
}
