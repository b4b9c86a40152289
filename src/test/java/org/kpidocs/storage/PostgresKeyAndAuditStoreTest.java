package org.kpidocs.storage;

/** API keys and the audit log on PostgreSQL, one database per test. */
class PostgresKeyAndAuditStoreTest extends KeyAndAuditStoreContract {

    @Override
    Database open() {
        return TestPostgres.newDatabase("keys", 2);
    }
}
