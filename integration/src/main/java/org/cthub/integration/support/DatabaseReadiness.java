package org.cthub.integration.support;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.cthub.persistence.support.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema was migrated at start and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        String version = migration.schemaVersion();
        boolean reachable;
        String product = "unknown";
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            reachable = false;
        }
        return HealthCheckResponse.named("database")
                .withData("schemaVersion", String.valueOf(version))
                .withData("product", product)
                .status(reachable && version != null)
                .build();
    }
}
