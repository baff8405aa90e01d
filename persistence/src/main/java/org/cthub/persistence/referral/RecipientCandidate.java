package org.cthub.persistence.referral;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.ServiceOffering;

/**
 * An organisation the hub could route a referral to, with what it can take: its free capacity for the
 * requested assistance, or null when it does not say. An organisation is a candidate only when it offers
 * every requested type in the target country and none of those types is full.
 */
public record RecipientCandidate(UUID organisation, String name, Integer freeCapacity) {

    /**
     * The best first: known free capacity, largest first; then those that do not say (unknown may be full, a
     * known free place is not); then by name, and by id, so the same directory always gives the same choice.
     */
    public static final Comparator<RecipientCandidate> RANKING = Comparator
            .comparing((RecipientCandidate c) -> c.freeCapacity() == null ? 1 : 0)
            .thenComparing(c -> c.freeCapacity() == null ? 0 : -c.freeCapacity())
            .thenComparing(RecipientCandidate::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(RecipientCandidate::organisation);

    /**
     * The organisation as a candidate for these types, from its offerings in the target country; empty when it
     * lacks one of the types or has no free capacity for one. Per type its best offering counts (several places
     * may offer the same); across types the scarcest one does, as the person needs all of them.
     */
    public static Optional<RecipientCandidate> of(UUID organisation, String name, Set<AssistanceType> requested,
            Collection<ServiceOffering> offerings) {
        Map<AssistanceType, Integer> best = new EnumMap<>(AssistanceType.class);
        Map<AssistanceType, Boolean> unknown = new EnumMap<>(AssistanceType.class);
        for (ServiceOffering offering : offerings) {
            if (!organisation.equals(offering.organisationId()) || !requested.contains(offering.assistanceType())) {
                continue;
            }
            if (offering.capacity() == null) {
                unknown.put(offering.assistanceType(), true);
            } else {
                best.merge(offering.assistanceType(), offering.capacity(), Math::max);
            }
        }
        Integer scarcest = null;
        boolean anyUnknown = false;
        for (AssistanceType type : requested) {
            Integer known = best.get(type);
            boolean saysNothing = unknown.getOrDefault(type, false);
            if (known == null && !saysNothing) {
                return Optional.empty();
            }
            if (known == null || known == 0 && saysNothing) {
                anyUnknown = true;
            } else if (known == 0) {
                return Optional.empty();
            } else {
                scarcest = scarcest == null ? known : Math.min(scarcest, known);
            }
        }
        return Optional.of(new RecipientCandidate(organisation, name, anyUnknown ? null : scarcest));
    }
}
