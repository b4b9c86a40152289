package org.kpidocs.storage;

import org.junit.jupiter.api.AfterEach;

/** The certificate registry on PostgreSQL, one database per test. */
class PostgresCertificateStoreTest extends CertificateStoreContract {

    private Database database;

    @Override
    Database database() {
        database = TestPostgres.newDatabase("certificates", 2);
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }
}
