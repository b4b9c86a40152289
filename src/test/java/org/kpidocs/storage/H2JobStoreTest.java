package org.kpidocs.storage;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/** The job store on the embedded H2 database. */
class H2JobStoreTest extends JobStoreContract {

    private Database database;

    @Override
    JobStore store() {
        database = Database.open("jdbc:h2:mem:jobs-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 8);
        return database.jobs();
    }

    @AfterEach
    void close() {
        database.close();
    }
}
