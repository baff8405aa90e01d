package org.cthub.api.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimPathTest {

    private static final Map<String, Object> CLAIMS = Map.of(
            "roles", List.of("partner"),
            "realm_access", Map.of("roles", List.of("reviewer", "offline_access")),
            "resource_access", Map.of("cthub", Map.of("roles", List.of("secretariat"))),
            "scope", "partner  reviewer",
            "org", 42);

    @Test
    void readsATopLevelArray() {
        assertThat(ClaimPath.of("roles").readStrings(CLAIMS)).containsExactly("partner");
    }

    @Test
    void readsNestedRolesByDottedPath() {
        assertThat(ClaimPath.of("realm_access.roles").readStrings(CLAIMS)).containsExactly("reviewer", "offline_access");
        assertThat(ClaimPath.of("resource_access.cthub.roles").readStrings(CLAIMS)).containsExactly("secretariat");
    }

    @Test
    void readsSpaceSeparatedStringAsWords() {
        assertThat(ClaimPath.of("scope").readStrings(CLAIMS)).containsExactly("partner", "reviewer");
    }

    @Test
    void readsNothingWhereThePathLeadsNowhere() {
        assertThat(ClaimPath.of("realm_access.groups").readStrings(CLAIMS)).isEmpty();
        assertThat(ClaimPath.of("roles.deeper").readStrings(CLAIMS)).isEmpty();
        assertThat(ClaimPath.of("org").readStrings(CLAIMS)).isEmpty();
    }

    @Test
    void refusesEmptySegments() {
        assertThatThrownBy(() -> ClaimPath.of("realm_access..roles")).isInstanceOf(IllegalArgumentException.class);
    }
}
