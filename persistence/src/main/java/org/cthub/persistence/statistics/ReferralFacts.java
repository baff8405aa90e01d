package org.cthub.persistence.statistics;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.referral.ReferralStatus;

/**
 * What statistics may know of one referral: its id (for its record key), the countries of the referring and
 * the referred organisation (origin and destination), its assistance types, its status (outcome) and when it
 * was submitted. Metadata of the organisations' exchange, never a field of the person.
 */
public record ReferralFacts(UUID id, String origin, String destination, Set<AssistanceType> assistanceTypes, ReferralStatus status,
        Instant submittedAt) {
}
