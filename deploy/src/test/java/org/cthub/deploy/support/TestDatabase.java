package org.cthub.deploy.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database a test hub runs on: {@code HUB_TEST_DB_URL} (with HUB_TEST_DB_USER and
 * HUB_TEST_DB_PASSWORD) when set; else a Testcontainers PostgreSQL when Docker is available; else a fresh
 * database, created for this run and dropped after it, on the local server at 127.0.0.1:5432.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private final String url;
    private final String user;
    private final String password;
    private final Runnable cleanup;

    private TestDatabase(String url, String user, String password, Runnable cleanup) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.cleanup = cleanup;
    }

    public static TestDatabase create() {
        String configured = System.getenv("HUB_TEST_DB_URL");
        if (configured != null && !configured.isBlank()) {
            return new TestDatabase(configured, envOr("HUB_TEST_DB_USER", "postgres"), envOr("HUB_TEST_DB_PASSWORD", "postgres"), () -> { });
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(), container::stop);
        }
        return freshLocalDatabase();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase freshLocalDatabase() {
        String name = "cthub_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        execute("CREATE DATABASE " + name);
        return new TestDatabase(LOCAL_SERVER + name, "postgres", "postgres",
                () -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for the integration tests "
                    + "(or set HUB_TEST_DB_URL): " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Opens a connection, for tests that check what the hub stored. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The single number a {@code SELECT count(*) …} gives, its {@code ?} parameters bound in order. */
    public long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count with " + sql, e);
        }
    }

    @Override
    public void close() {
        cleanup.run();
    }
}
