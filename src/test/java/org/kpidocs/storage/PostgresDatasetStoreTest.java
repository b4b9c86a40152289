package org.kpidocs.storage;

import org.junit.jupiter.api.AfterEach;

/** The store on PostgreSQL, one database per test. */
class PostgresDatasetStoreTest extends DatasetStoreContract {

    private Database database;

    @Override
    DatasetStore store() {
        database = TestPostgres.newDatabase("store", 2);
        return database.datasets();
    }

    @AfterEach
    void close() {
        database.close();
    }
}
