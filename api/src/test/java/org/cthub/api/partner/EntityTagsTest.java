package org.cthub.api.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cthub.persistence.support.StaleVersion;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void readsBackTheTagItWrites() {
        assertThat(EntityTags.expectedVersion("\"" + EntityTags.value(7) + "\"", "Organisation", "x")).isEqualTo(7);
    }

    @Test
    void readsTheVersionBackFromIfMatchStrongOrWeak() {
        assertThat(EntityTags.expectedVersion("\"3\"", "Organisation", "x")).isEqualTo(3);
        assertThat(EntityTags.expectedVersion(" W/\"12\" ", "Organisation", "x")).isEqualTo(12);
    }

    @Test
    void requiresIfMatch() {
        assertThatThrownBy(() -> EntityTags.expectedVersion(null, "Organisation", "x")).isInstanceOf(PreconditionRequired.class)
                .hasMessageContaining("If-Match");
        assertThatThrownBy(() -> EntityTags.expectedVersion(" ", "Organisation", "x")).isInstanceOf(PreconditionRequired.class);
    }

    @Test
    void treatsATagThatIsNoVersionAsStale() {
        assertThatThrownBy(() -> EntityTags.expectedVersion("*", "Organisation", "x")).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> EntityTags.expectedVersion("3", "Organisation", "x")).isInstanceOf(StaleVersion.class);
    }
}
