package org.cthub.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;
import org.junit.jupiter.api.Test;

class ApiClientTest {

    private static final Instant NOW = Instant.parse("2025-01-01T10:00:00Z");
    private static final UUID ORG = UUID.randomUUID();
    private static final UUID SYSTEM = UUID.randomUUID();

    @Test
    void partnerClientGetsAnUnguessableUrlSafeId() {
        ApiClient one = ApiClient.forPartnerSystem(ORG, SYSTEM, Set.of("partner"), "hash", NOW);
        ApiClient two = ApiClient.forPartnerSystem(ORG, SYSTEM, Set.of("partner"), "hash", NOW);

        assertThat(one.clientId()).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(two.clientId());
        assertThat(one.isActive()).isTrue();
        assertThat(one.organisationId()).isEqualTo(ORG);
    }

    @Test
    void refusesHubAdminRoleForPartnerSystem() {
        assertThatThrownBy(() -> ApiClient.forPartnerSystem(ORG, SYSTEM, Set.of("partner", "hub-admin"), "hash", NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesUnknownOrMissingRoles() {
        assertThatThrownBy(() -> ApiClient.forPartnerSystem(ORG, SYSTEM, Set.of("root"), "hash", NOW))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> ApiClient.forPartnerSystem(ORG, SYSTEM, Set.of(), "hash", NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void hubAdminHoldsNoOtherRoleAndNoOrganisation() {
        ApiClient admin = ApiClient.hubAdmin(ClientId.random(), Set.of("hub-admin"), "hash", NOW);

        assertThat(admin.isHubAdmin()).isTrue();
        assertThat(admin.organisationId()).isNull();
        assertThatThrownBy(() -> ApiClient.hubAdmin(ClientId.random(), Set.of("hub-admin", "partner"), "hash", NOW))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void refusesClientIdsThatAreNotUrlSafe() {
        assertThatThrownBy(() -> new ClientId("admin/../x")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> new ClientId("a b c")).isInstanceOf(RuleViolation.class);
        assertThat(new ClientId("ops-admin").value()).isEqualTo("ops-admin");
    }

    @Test
    void revokedClientCannotBeRotatedOrRevokedAgain() {
        ApiClient client = ApiClient.forPartnerSystem(ORG, SYSTEM, Set.of("partner"), "hash", NOW);
        client.revoke(NOW.plusSeconds(60));

        assertThat(client.isActive()).isFalse();
        assertThat(client.revokedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> client.rotateSecret("new", NOW)).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> client.revoke(NOW)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void rotationReplacesTheHashAndRecordsWhen() {
        ApiClient client = ApiClient.forPartnerSystem(ORG, SYSTEM, Set.of("reviewer"), "old", NOW);
        client.rotateSecret("new", NOW.plusSeconds(5));

        assertThat(client.secretHash()).isEqualTo("new");
        assertThat(client.secretRotatedAt()).isEqualTo(NOW.plusSeconds(5));
    }
}
