package org.kpidocs;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpidocs.auth.ApiKey;
import org.kpidocs.auth.ApiKeys;
import org.kpidocs.auth.Role;
import org.kpidocs.storage.AuditRecord;
import org.kpidocs.storage.AuditStore;
import org.kpidocs.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs keys create|list|revoke}: API keys in the service's database (the same
 * {@code KPIDOCS_*} settings as the service). The embedded database can be opened by one process at a
 * time, so stop the service first or use PostgreSQL. Exit code 0 done, 1 refused, 2 cannot open.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Create, list and revoke API keys.",
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class})
final class KeysCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Work on the keys, with the audit log their changes go into. */
    private interface Work {
        int run(ApiKeys keys, AuditStore audit);
    }

    /** Runs {@code work} on the configured database; explains a locked embedded database. */
    private static int withKeys(CommandSpec spec, Work work) {
        Config config = Config.fromEnvironment(System.getenv());
        Database database;
        try {
            database = Server.openDatabase(config);
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("kpidocs: cannot open the database " + (config.dbUrl().isEmpty()
                    ? "in " + config.dataDir().toAbsolutePath() + " (is the service running? the embedded database"
                    + " opens in one process at a time: stop the service first)" : config.dbUrl()) + ": " + e.getMessage());
            return 2;
        }
        try (database) {
            return work.run(new ApiKeys(database.apiKeys(), Clock.systemUTC()), database.audit());
        }
    }

    /** Keys made or revoked here are changes like any other: they go into the service's audit log. */
    private static void audit(AuditStore audit, String action, String keyId) {
        audit.append(new AuditRecord(0, Clock.systemUTC().instant(), "command-line", action, "api-key " + keyId, 0,
                null, null));
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key and print it (shown once).")
    static final class Create implements Callable<Integer> {
        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "verifier, secretariat or city")
        private String role;

        @Option(names = "--city", paramLabel = "NAME", description = "the city of a city key")
        private String city;

        @Option(names = "--label", paramLabel = "TEXT", description = "who holds the key, for the key list")
        private String label;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Role r = Role.find(role).orElse(null);
            if (r == null) {
                err.println("kpidocs: unknown role \"" + role + "\"; allowed: verifier, secretariat, city");
                return 1;
            }
            return withKeys(spec, (keys, audit) -> {
                try {
                    ApiKeys.Created created = keys.create(r, city, label);
                    audit(audit, "keys create --role " + r.id(), created.key().id());
                    spec.commandLine().getOut().println(created.secret());
                    err.printf(Locale.ROOT, "Created %s key %s%s. Keep it secret: it is not stored and cannot be shown"
                            + " again.%n", r.id(), created.key().id(), created.key().city() == null ? ""
                            : " for " + created.key().city());
                    return 0;
                } catch (IllegalArgumentException e) {
                    err.println("kpidocs: " + e.getMessage());
                    return 1;
                }
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List keys (never their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            return withKeys(spec, (keys, audit) -> {
                PrintWriter out = spec.commandLine().getOut();
                out.printf(Locale.ROOT, "%-8s  %-11s  %-20s  %-24s  %-24s  %s%n", "id", "role", "city", "created",
                        "revoked", "label");
                for (ApiKey k : keys.list()) {
                    out.printf(Locale.ROOT, "%-8s  %-11s  %-20s  %-24s  %-24s  %s%n", k.id(), k.role().id(),
                            k.city() == null ? "-" : k.city(), k.createdAt(), k.revokedAt() == null ? "-" : k.revokedAt(),
                            k.label() == null ? "" : k.label());
                }
                return 0;
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Stop a key from working.")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "ID", description = "the key's id (the 8 characters after kpidocs_)")
        private String id;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            return withKeys(spec, (keys, audit) -> {
                if (keys.revoke(id)) {
                    audit(audit, "keys revoke", id);
                    spec.commandLine().getErr().println("Revoked key " + id);
                    return 0;
                }
                spec.commandLine().getErr().println("kpidocs: no working key " + id + " (see kpidocs keys list)");
                return 1;
            });
        }
    }
}
