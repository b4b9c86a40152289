package org.kpidocs.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A migrated JDBC database: opens a connection pool and brings the schema up to date with Flyway
 * before anything else touches it. The same migrations serve H2 (in PostgreSQL mode) and
 * PostgreSQL, so only portable SQL goes into them (see the PostgreSQL reference).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens and migrates the database at {@code url}.
     *
     * @param url      a JDBC URL, {@code jdbc:h2:…} or {@code jdbc:postgresql:…}
     * @param user     user name, may be empty
     * @param password password, may be empty
     * @param poolSize maximum number of pooled connections
     */
    public static Database open(String url, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (!user.isEmpty()) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("kpidocs");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatasetStore datasets() {
        return new JdbcDatasetStore(dataSource);
    }

    public JobStore jobs() {
        return new JobStore(dataSource);
    }

    public AuditStore audit() {
        return new AuditStore(dataSource);
    }

    public ApiKeyStore apiKeys() {
        return new ApiKeyStore(dataSource);
    }

    public CertificateStore certificates() {
        return new JdbcCertificateStore(dataSource);
    }

    /** Whether the database answers a trivial query (for health checks). */
    public boolean isReachable() {
        try (var c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
