package org.cthub.persistence.support;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider every per-call or per-row use goes through. Each {@code jakarta.json.Json.create*}
 * looks the provider up through the ServiceLoader, which on WildFly scans the deployment's jars: once per
 * row it took 75 % of the report import's CPU (bench/README.md, "Causes and fixes").
 */
public final class SharedJson {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private SharedJson() {
    }
}
