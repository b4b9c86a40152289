package org.kpidocs.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kpidocs.storage.Database;

class ApiKeysTest {

    private final Database database = Database.open("jdbc:h2:mem:keys-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 2);
    private final ApiKeys keys = new ApiKeys(database.apiKeys(),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void storesOnlyTheHashOfAKeyAndShowsTheKeyOnce() throws Exception {
        ApiKeys.Created created = keys.create(Role.VERIFIER, null, "Ana Ribeiro");

        try (var c = database.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT * FROM api_key")) {
            assertThat(rs.next()).isTrue();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                String value = rs.getString(i);
                assertThat(value == null ? "" : value).doesNotContain(created.secret().substring(17));
            }
            assertThat(rs.getString("secret_sha256")).matches("[0-9a-f]{64}");
        }
        assertThat(keys.list()).singleElement().satisfies(k -> {
            assertThat(k.id()).isEqualTo(created.key().id());
            assertThat(k.label()).isEqualTo("Ana Ribeiro");
            assertThat(k.revokedAt()).isNull();
        });
        assertThat(keys.authenticate(created.secret())).contains(new Principal(created.key().id(), Role.VERIFIER, null));
    }

    @Test
    void twoKeysNeverShareAnIdOrASecret() {
        ApiKeys.Created a = keys.create(Role.SECRETARIAT, null, null);
        ApiKeys.Created b = keys.create(Role.SECRETARIAT, null, null);
        assertThat(a.key().id()).isNotEqualTo(b.key().id());
        assertThat(a.secret()).isNotEqualTo(b.secret());
        assertThat(keys.hasSecretariat()).isTrue();
    }

    @Test
    void refusesACityKeyWithoutACityAndACityOnAnotherRole() {
        assertThatThrownBy(() -> keys.create(Role.CITY, " ", null)).hasMessageContaining("--city");
        assertThatThrownBy(() -> keys.create(Role.VERIFIER, "Lumeria", null)).hasMessageContaining("only a city key");
        assertThat(keys.list()).isEmpty();
    }

    @Test
    void aRevokedKeyNoLongerAuthenticates() {
        ApiKeys.Created created = keys.create(Role.CITY, "Lumeria", null);
        assertThat(keys.revoke(created.key().id())).isTrue();
        assertThat(keys.revoke(created.key().id())).isFalse();
        assertThat(keys.authenticate(created.secret())).isEmpty();
        assertThat(keys.list().get(0).revokedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
    }
}
