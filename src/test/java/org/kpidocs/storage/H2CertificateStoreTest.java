package org.kpidocs.storage;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/** The certificate registry on the embedded default, H2 in PostgreSQL mode. */
class H2CertificateStoreTest extends CertificateStoreContract {

    private Database database;

    @Override
    Database database() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 2);
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }
}
