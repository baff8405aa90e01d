package org.cthub.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.ServiceOffering;
import org.junit.jupiter.api.Test;

class RecipientCandidateTest {

    private static final CountryCode ITALY = CountryCode.of("IT", "country");
    private static final Set<AssistanceType> SHELTER = Set.of(AssistanceType.SHELTER);
    private static final Set<AssistanceType> SHELTER_AND_MEDICAL = Set.of(AssistanceType.SHELTER, AssistanceType.MEDICAL);

    private static ServiceOffering offering(UUID organisation, AssistanceType type, Integer capacity) {
        return new ServiceOffering(organisation, type, ITALY, "Bari", capacity);
    }

    private static RecipientCandidate candidate(String name, Set<AssistanceType> requested, ServiceOffering... offerings) {
        UUID organisation = offerings[0].organisationId();
        return RecipientCandidate.of(organisation, name, requested, List.of(offerings)).orElse(null);
    }

    private static List<String> ranked(RecipientCandidate... candidates) {
        List<RecipientCandidate> list = new ArrayList<>(List.of(candidates));
        list.sort(RecipientCandidate.RANKING);
        return list.stream().map(RecipientCandidate::name).toList();
    }

    @Test
    void ranksLargestFreeCapacityFirst() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        assertThat(ranked(candidate("A", SHELTER, offering(a, AssistanceType.SHELTER, 2)),
                candidate("B", SHELTER, offering(b, AssistanceType.SHELTER, 9)),
                candidate("C", SHELTER, offering(c, AssistanceType.SHELTER, 5)))).containsExactly("B", "C", "A");
    }

    @Test
    void ranksUnknownCapacityAfterKnownFreePlaces() {
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        assertThat(ranked(candidate("Unknown", SHELTER, offering(unknown, AssistanceType.SHELTER, null)),
                candidate("Known", SHELTER, offering(known, AssistanceType.SHELTER, 1)))).containsExactly("Known", "Unknown");
    }

    @Test
    void breaksTiesByNameSoTheChoiceIsStable() {
        UUID z = UUID.randomUUID();
        UUID a = UUID.randomUUID();
        assertThat(ranked(candidate("Zeta shelter", SHELTER, offering(z, AssistanceType.SHELTER, 3)),
                candidate("alpha shelter", SHELTER, offering(a, AssistanceType.SHELTER, 3)))).containsExactly("alpha shelter", "Zeta shelter");
        assertThat(ranked(candidate("Zeta", SHELTER, offering(z, AssistanceType.SHELTER, null)),
                candidate("Alpha", SHELTER, offering(a, AssistanceType.SHELTER, null)))).containsExactly("Alpha", "Zeta");
    }

    @Test
    void leavesOutAnOrganisationThatLacksOneOfTheRequestedTypes() {
        UUID shelterOnly = UUID.randomUUID();
        assertThat(candidate("Shelter only", SHELTER_AND_MEDICAL, offering(shelterOnly, AssistanceType.SHELTER, 10))).isNull();
    }

    @Test
    void leavesOutAnOrganisationWithNoFreeCapacity() {
        UUID full = UUID.randomUUID();
        assertThat(candidate("Full", SHELTER, offering(full, AssistanceType.SHELTER, 0))).isNull();
        assertThat(candidate("Full medical", SHELTER_AND_MEDICAL, offering(full, AssistanceType.SHELTER, 4),
                offering(full, AssistanceType.MEDICAL, 0))).isNull();
    }

    @Test
    void countsTheBestPlacePerTypeAndTheScarcestType() {
        UUID organisation = UUID.randomUUID();
        RecipientCandidate candidate = candidate("Two places", SHELTER_AND_MEDICAL,
                offering(organisation, AssistanceType.SHELTER, 0), offering(organisation, AssistanceType.SHELTER, 7),
                offering(organisation, AssistanceType.MEDICAL, 3));
        assertThat(candidate.freeCapacity()).isEqualTo(3);
    }

    @Test
    void treatsAFullPlaceBesideOneThatDoesNotSayAsUnknown() {
        UUID organisation = UUID.randomUUID();
        RecipientCandidate candidate = candidate("Mixed", SHELTER, offering(organisation, AssistanceType.SHELTER, 0),
                offering(organisation, AssistanceType.SHELTER, null));
        assertThat(candidate).isNotNull();
        assertThat(candidate.freeCapacity()).isNull();
    }

    @Test
    void ignoresOfferingsOfOtherOrganisationsAndOtherTypes() {
        UUID organisation = UUID.randomUUID();
        RecipientCandidate candidate = RecipientCandidate.of(organisation, "Own", SHELTER, List.of(
                offering(organisation, AssistanceType.SHELTER, 2), offering(UUID.randomUUID(), AssistanceType.SHELTER, 50),
                offering(organisation, AssistanceType.LEGAL, 90))).orElseThrow();
        assertThat(candidate.freeCapacity()).isEqualTo(2);
    }
}
