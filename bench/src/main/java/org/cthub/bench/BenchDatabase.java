package org.cthub.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The fresh database bench/run created for this run (HUB_TEST_DB_URL), which the harness hands to the hub too. */
record BenchDatabase(String url, String user, String password) {

    static BenchDatabase fromEnvironment() {
        String url = System.getenv("HUB_TEST_DB_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Run the benchmarks through bench/run: it creates the database (HUB_TEST_DB_URL)");
        }
        return new BenchDatabase(url, env("HUB_TEST_DB_USER", "postgres"), env("HUB_TEST_DB_PASSWORD", "postgres"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private URI uri() {
        return URI.create(url.substring("jdbc:".length()));
    }

    String host() {
        return uri().getHost();
    }

    int port() {
        return uri().getPort() < 0 ? 5432 : uri().getPort();
    }

    String name() {
        return uri().getPath().substring(1);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
