package org.kpidocs.storage;

import java.util.UUID;

/** API keys and the audit log on the embedded H2 database. */
class H2KeyAndAuditStoreTest extends KeyAndAuditStoreContract {

    @Override
    Database open() {
        return Database.open("jdbc:h2:mem:keys-audit-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 2);
    }
}
