package org.kpidocs.storage;

import org.junit.jupiter.api.AfterEach;

/** The job store on PostgreSQL, one database per test. */
class PostgresJobStoreTest extends JobStoreContract {

    private Database database;

    @Override
    JobStore store() {
        database = TestPostgres.newDatabase("jobs", 8);
        return database.jobs();
    }

    @AfterEach
    void close() {
        database.close();
    }
}
