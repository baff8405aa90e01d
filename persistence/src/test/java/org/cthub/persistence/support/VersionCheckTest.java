package org.cthub.persistence.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionCheckTest {

    @Test
    void passesWhenTheCallerReadTheCurrentVersion() {
        assertThatCode(() -> VersionCheck.require(3, 3, "Organisation", "x")).doesNotThrowAnyException();
    }

    @Test
    void refusesAnOlderVersionAsStale() {
        assertThatThrownBy(() -> VersionCheck.require(2, 3, "Organisation", "x")).isInstanceOf(StaleVersion.class);
    }
}
