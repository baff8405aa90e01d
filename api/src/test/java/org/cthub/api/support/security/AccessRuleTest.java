package org.cthub.api.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.access.ClientRole;
import org.junit.jupiter.api.Test;

class AccessRuleTest {

    private static final CallerPrincipal PARTNER = new CallerPrincipal("c1", UUID.randomUUID(), Set.of(Roles.PARTNER));
    private static final CallerPrincipal ADMIN = new CallerPrincipal("c2", null, Set.of(Roles.HUB_ADMIN));

    @RolesAllowed(Roles.HUB_ADMIN)
    static class AdminResource {
        public void inherited() {
        }

        @RolesAllowed(Roles.PARTNER)
        public void forPartners() {
        }

        @DenyAll
        public void closed() {
        }
    }

    @PermitAll
    static class CarelessResource {
        public void unannotated() {
        }

        @PermitAll
        public void open() {
        }
    }

    @Test
    void refusesEveryoneWhenAMethodNamesNoRoles() throws Exception {
        AccessRule rule = rule(CarelessResource.class, "unannotated");

        assertThat(rule.admits(ADMIN)).isFalse();
        assertThat(rule.admits(PARTNER)).isFalse();
    }

    @Test
    void methodRolesWinOverClassRoles() throws Exception {
        assertThat(rule(AdminResource.class, "forPartners").admits(PARTNER)).isTrue();
        assertThat(rule(AdminResource.class, "forPartners").admits(ADMIN)).isFalse();
    }

    @Test
    void classRolesApplyToMethodsWithoutTheirOwn() throws Exception {
        assertThat(rule(AdminResource.class, "inherited").admits(ADMIN)).isTrue();
        assertThat(rule(AdminResource.class, "inherited").admits(PARTNER)).isFalse();
    }

    @Test
    void denyAllRefusesEveryone() throws Exception {
        assertThat(rule(AdminResource.class, "closed").admits(ADMIN)).isFalse();
    }

    @Test
    void permitAllOnAMethodAdmitsEveryone() throws Exception {
        assertThat(rule(CarelessResource.class, "open").everyone()).isTrue();
    }

    @Test
    void roleNamesMatchThoseClientsCanHold() {
        assertThat(Set.of(Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER))
                .containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(ClientRole.values()).map(ClientRole::tokenName).toList());
    }

    private static AccessRule rule(Class<?> resource, String method) throws NoSuchMethodException {
        return AccessRule.of(resource.getMethod(method), resource);
    }
}
