package org.cthub.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import org.cthub.api.support.problem.Problem;
import org.junit.jupiter.api.Test;

class JsonConfigurationTest {

    private final Jsonb jsonb = new JsonConfiguration().getContext(Object.class);

    record Sample(String name, Integer capacity) {
    }

    @Test
    void refusesFieldsItDoesNotKnow() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"name\":\"a\",\"capasity\":3}", Sample.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void refusesAStringWhereANumberBelongs() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"name\":\"a\",\"capacity\":\"three\"}", Sample.class))
                .isInstanceOf(JsonbException.class);
    }

    @Test
    void leavesOutAbsentFields() {
        String json = jsonb.toJson(Problem.of("x", jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "d"));
        assertThat(json).doesNotContain("errors").contains("\"status\":400");
    }
}
