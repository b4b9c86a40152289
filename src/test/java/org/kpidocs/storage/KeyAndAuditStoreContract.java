package org.kpidocs.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** API keys and the audit log on every database. */
abstract class KeyAndAuditStoreContract {

    /** An empty, migrated database of the engine under test. */
    abstract Database open();

    private Database database;
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00.123Z");

    private Database database() {
        if (database == null) {
            database = open();
        }
        return database;
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void keepsKeysFindsThemByIdAndRevokesThemOnce() {
        ApiKeyStore keys = database().apiKeys();
        ApiKeyRecord city = new ApiKeyRecord("abcd1234", "e".repeat(64), "city", "Tromsø", "city hall", T0, null);
        keys.create(city);
        keys.create(new ApiKeyRecord("zzzz9999", "f".repeat(64), "secretariat", null, null, T0.plusSeconds(1), null));

        assertThat(keys.find("abcd1234")).contains(city);
        assertThat(keys.find("nope0000")).isEmpty();
        assertThat(keys.list()).extracting(ApiKeyRecord::id).containsExactly("abcd1234", "zzzz9999");
        assertThat(keys.anyActive("secretariat")).isTrue();
        assertThat(keys.revoke("zzzz9999", T0.plusSeconds(5))).isTrue();
        assertThat(keys.revoke("zzzz9999", T0.plusSeconds(6))).isFalse();
        assertThat(keys.anyActive("secretariat")).isFalse();
        assertThat(keys.find("zzzz9999").orElseThrow().revokedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void appendsAuditEventsAndListsThemNewestFirst() {
        AuditStore audit = database().audit();
        audit.append(new AuditRecord(0, T0, "abcd1234", "POST /api/v1/datasets", "/api/v1/datasets", 201, "r-1",
                "created /api/v1/datasets/x"));
        audit.append(new AuditRecord(0, T0.plusSeconds(1), null, "GET /api/v1/datasets", "/api/v1/datasets", 401,
                "r-2", null));
        audit.append(new AuditRecord(0, T0.plusSeconds(2), "x", "P".repeat(300), "/" + "s".repeat(600), 422, null,
                null));

        assertThat(audit.count()).isEqualTo(3);
        assertThat(audit.list(2, 0)).extracting(AuditRecord::outcome).containsExactly(422, 401);
        AuditRecord first = audit.list(1, 2).get(0);
        assertThat(first.actor()).isEqualTo("abcd1234");
        assertThat(first.occurredAt()).isEqualTo(T0);
        assertThat(first.requestId()).isEqualTo("r-1");
        assertThat(audit.list(1, 0).get(0).action()).as("cut to the column, not refused").hasSize(200);
    }
}
