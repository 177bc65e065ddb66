package org.trainingcrm.persistence;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/** A JDBC driver for {@code jdbc:counting:<url>} that opens {@code jdbc:<url>} and counts the physical connections. */
final class CountingDriver implements Driver {

    static final String PREFIX = "jdbc:counting:";
    private static final CountingDriver INSTANCE = new CountingDriver();

    private final AtomicInteger opened = new AtomicInteger();

    static synchronized CountingDriver registered() throws SQLException {
        if (!DriverManager.drivers().anyMatch(INSTANCE::equals)) {
            DriverManager.registerDriver(INSTANCE);
        }
        return INSTANCE;
    }

    int opened() {
        return opened.get();
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection connection = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        opened.incrementAndGet();
        return connection;
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
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
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }
}
