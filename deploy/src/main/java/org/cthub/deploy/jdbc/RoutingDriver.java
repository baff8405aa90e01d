package org.cthub.deploy.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Hands each JDBC URL to the driver that accepts it. The server's one datasource takes its URL from
 * {@code POSTGRESQL_URL} or falls back to an H2 file database, and WildFly fixes a datasource's driver at
 * provisioning time: this driver lets the URL alone decide, so operators set one variable, not two.
 */
public final class RoutingDriver implements Driver {

    private final List<Driver> delegates = List.of(new org.postgresql.Driver(), new org.h2.Driver());

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver delegate = delegateFor(url);
        if (delegate instanceof org.postgresql.Driver) {
            return delegate.connect(url, withPostgresqlDefaults(info));
        }
        return delegate == null ? null : delegate.connect(url, info);
    }

    /**
     * The hub writes in JDBC batches (report rows, a referral's deliveries): PostgreSQL's driver sends a batch
     * as one multi-row INSERT only when asked to, which makes a report import several times faster
     * (bench/README.md). A value in the URL still wins.
     */
    static Properties withPostgresqlDefaults(Properties info) {
        Properties properties = new Properties();
        if (info != null) {
            properties.putAll(info);
        }
        properties.putIfAbsent("reWriteBatchedInserts", "true");
        return properties;
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return delegateFor(url) != null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver delegate = delegateFor(url);
        return delegate == null ? new DriverPropertyInfo[0] : delegate.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private Driver delegateFor(String url) throws SQLException {
        if (url == null) {
            return null;
        }
        for (Driver driver : delegates) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        return null;
    }
}
