package org.kpidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpidocs.auth.ApiKeys;
import org.kpidocs.auth.Principal;
import org.kpidocs.auth.Role;
import org.kpidocs.storage.Database;

/** {@code kpidocs keys …} in its own process, on the embedded database the service would use. */
class KeysCommandTest {

    @TempDir
    Path dataDir;

    private record Result(int exit, String out, String err) {
    }

    private Config config() {
        return Config.fromEnvironment(java.util.Map.of("KPIDOCS_DATA_DIR", dataDir.toString()));
    }

    private Result kpidocs(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("KPIDOCS_DATA_DIR", dataDir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, err);
    }

    @Test
    void createsListsAndRevokesKeysThatTheServiceThenAccepts() throws Exception {
        Result created = kpidocs("keys", "create", "--role", "city", "--city", "Lumeria", "--label", "Lumeria city hall");
        Result missingCity = kpidocs("keys", "create", "--role", "city");
        Result badRole = kpidocs("keys", "create", "--role", "mayor");

        assertThat(created.exit()).as(created.err()).isZero();
        String key = created.out().strip();
        assertThat(key).matches("kpidocs_[a-z0-9]{8}_[A-Za-z0-9]{32}");
        assertThat(created.err()).contains("city key").contains("for Lumeria").contains("cannot be shown again");
        assertThat(missingCity.exit()).isEqualTo(1);
        assertThat(missingCity.err()).contains("--city");
        assertThat(badRole.exit()).isEqualTo(1);
        assertThat(badRole.err()).contains("unknown role \"mayor\"").contains("verifier, secretariat, city");

        String id = key.substring(8, 16);
        Result list = kpidocs("keys", "list");
        assertThat(list.out()).contains(id).contains("city").contains("Lumeria city hall").doesNotContain(key);
        try (Database db = Database.open(config().jdbcUrl(), "", "", 2)) {
            assertThat(new ApiKeys(db.apiKeys(), Clock.systemUTC()).authenticate(key))
                    .contains(new Principal(id, Role.CITY, "Lumeria"));
        }

        Result revoked = kpidocs("keys", "revoke", id);
        Result again = kpidocs("keys", "revoke", id);

        assertThat(revoked.exit()).isZero();
        assertThat(again.exit()).isEqualTo(1);
        try (Database db = Database.open(config().jdbcUrl(), "", "", 2)) {
            assertThat(new ApiKeys(db.apiKeys(), Clock.systemUTC()).authenticate(key)).isEmpty();
        }
    }
}
