package org.cthub.api.support;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one JSON binding: JSON-B (Yasson, as WildFly provides it). A field the hub does not know is an
 * error, not something to drop silently: an integrator who misspells {@code capacity} must hear about it.
 * java.time values are ISO-8601 strings, JSON-B's default.
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

    /** Yasson's switch; the JSON-B 3.0 API has no constant for it. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withNullValues(false)
            .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
