package org.kpidocs;

import java.time.Duration;
import org.kpidocs.render.RenderLimits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.certificate.CertificateSettings;

/**
 * The service's whole configuration: defaults in code, each overridable by one environment variable
 * whose name follows from the component name by a single rule, {@code KPIDOCS_} + the name in upper
 * snake case ({@code maxDatasetBytes} → {@code KPIDOCS_MAX_DATASET_BYTES}). Every value is checked
 * at start-up, and every bad value is reported at once, naming its variable.
 *
 * @param host            address to listen on; loopback by default: keys travel in headers, so put TLS
 *                        in front before listening on other addresses
 * @param port            TCP port; 0 picks a free one
 * @param dataDir         directory of the embedded database
 * @param dbUrl           JDBC URL; empty means the embedded H2 file under {@code dataDir}
 * @param dbUser          database user (PostgreSQL)
 * @param dbPassword      database password (PostgreSQL); never logged
 * @param dbPoolSize      maximum pooled database connections
 * @param maxDatasetBytes largest dataset body accepted; larger ones get 413
 * @param maxWorkbookBytes largest uploaded Data Collection Template (.xlsx) accepted; larger ones get 413
 * @param renderThreads   PDF renders at once; default the number of processors (layout is CPU-bound)
 * @param renderQueue     renders waiting for a thread; one more gets 503 with Retry-After at once
 * @param renderTimeLimitSeconds longest wait for one render, queueing included; then 503
 * @param renderMaxPages  pages one document may have; a longer one gets 422 before it is painted
 * @param jobWorkers      threads of this instance working on job items; 0 leaves jobs to other instances
 * @param jobLeaseSeconds how long an instance holds a job item it claimed; when it dies, another one takes
 *                        the item over after this. Longer than the render time limit.
 * @param instanceName    this instance's name on the job items it works on; default host and process id
 * @param logFormat       {@code text} (default) or {@code json}: one JSON object per log line on standard
 *                        output, for collectors that index fields
 * @param arabicDigits    {@code latin} (default, as CLDR for Arabic) or {@code arabic-indic}: the digits of
 *                        numbers, dates and page numbers in Arabic documents, unless the request asks for
 *                        others ({@code lang=ar-u-nu-arab} or {@code ar-u-nu-latn})
 * @param httpThreads     threads answering HTTP requests; well above the render capacity, so that a request
 *                        beyond it reaches the render pool and is refused at once instead of waiting unseen
 *                        in front of the service, and {@code /health} is answered under load
 * @param certKeystore    PKCS#12 file with the key that signs certificates; empty: a development key
 *                        created under {@code dataDir} on first start (certificates then say so)
 * @param certKeystorePassword password of {@code certKeystore}; never logged
 * @param certKeyAlias    the key's alias in {@code certKeystore}; empty: its only key
 * @param certPublicBaseUrl the address the public reaches the service at; verification links start with it
 * @param certTitle       the certificate's title
 * @param certOrganisations issuing organisations as {@code SHORT=Full name;…} (text wordmarks)
 * @param certSignatories 2 or 3 signatories as {@code Name|Title|Organisation;…}
 * @param certPlace       place of issue printed on certificates
 * @param maxCertificateBytes largest PDF accepted for verification; larger ones get 413
 */
public record Config(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword,
                     int dbPoolSize, long maxDatasetBytes, long maxWorkbookBytes, int renderThreads, int renderQueue,
                     int renderTimeLimitSeconds, int renderMaxPages, int jobWorkers, int jobLeaseSeconds,
                     String instanceName, int httpThreads, String logFormat, DocumentLanguage.Digits arabicDigits,
                     String certKeystore,
                     String certKeystorePassword, String certKeyAlias, String certPublicBaseUrl, String certTitle,
                     String certOrganisations, String certSignatories, String certPlace, long maxCertificateBytes) {

    static final String PREFIX = "KPIDOCS_";

    private static String defaultInstanceName() {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "kpidocs";
        }
        return host + "-" + ProcessHandle.current().pid();
    }

    /** The limits of the service's PDF render pool. */
    public RenderLimits renderLimits() {
        return new RenderLimits(renderThreads, renderQueue, Duration.ofSeconds(renderTimeLimitSeconds), renderMaxPages);
    }

    /** The defaults, as used with an empty environment. */
    public static Config defaults() {
        return fromEnvironment(Map.of());
    }

    /**
     * Reads the configuration from environment variables.
     *
     * @throws ConfigException listing every invalid or unknown {@code KPIDOCS_} variable
     */
    public static Config fromEnvironment(Map<String, String> env) {
        Reader r = new Reader(env);
        Config config = new Config(
                r.read("host", "127.0.0.1", Reader::nonBlank),
                r.read("port", 8080, v -> r.intIn(v, 0, 65_535)),
                r.read("dataDir", Path.of("data"), v -> Path.of(Reader.nonBlank(v))),
                r.read("dbUrl", "", Reader::jdbcUrl),
                r.read("dbUser", "", v -> v),
                r.read("dbPassword", "", v -> v),
                r.read("dbPoolSize", 8, v -> r.intIn(v, 1, 200)),
                r.read("maxDatasetBytes", 5L << 20, v -> r.longIn(v, 1024, 1L << 30)),
                r.read("maxWorkbookBytes", 20L << 20, v -> r.longIn(v, 1024, 1L << 30)),
                r.read("renderThreads", Runtime.getRuntime().availableProcessors(), v -> r.intIn(v, 1, 256)),
                r.read("renderQueue", 2 * Runtime.getRuntime().availableProcessors(), v -> r.intIn(v, 0, 10_000)),
                r.read("renderTimeLimitSeconds", 60, v -> r.intIn(v, 1, 3600)),
                r.read("renderMaxPages", 500, v -> r.intIn(v, 1, 100_000)),
                r.read("jobWorkers", 1, v -> r.intIn(v, 0, 64)),
                r.read("jobLeaseSeconds", 120, v -> r.intIn(v, 2, 86_400)),
                r.read("instanceName", defaultInstanceName(), Reader::nonBlank),
                r.read("httpThreads", 64, v -> r.intIn(v, 4, 1024)),
                r.read("logFormat", "text", v -> Reader.oneOf(v, "text", "json")),
                r.read("arabicDigits", DocumentLanguage.Digits.LATIN,
                        v -> Reader.oneOf(v, "latin", "arabic-indic").equals("latin") ? DocumentLanguage.Digits.LATIN
                                : DocumentLanguage.Digits.ARABIC_INDIC),
                r.read("certKeystore", "", v -> v),
                r.read("certKeystorePassword", "", v -> v),
                r.read("certKeyAlias", "", v -> v),
                r.read("certPublicBaseUrl", CertificateSettings.PUBLIC_BASE_URL, CertificateSettings::parseBaseUrl),
                r.read("certTitle", CertificateSettings.TITLE, CertificateSettings::text),
                r.read("certOrganisations", CertificateSettings.ORGANISATIONS, v -> checked(v, CertificateSettings::parseOrganisations)),
                r.read("certSignatories", CertificateSettings.SIGNATORIES, v -> checked(v, CertificateSettings::parseSignatories)),
                r.read("certPlace", CertificateSettings.PLACE, CertificateSettings::text),
                r.read("maxCertificateBytes", 10L << 20, v -> r.longIn(v, 1024, 1L << 30)));
        if (config.jobLeaseSeconds() <= config.renderTimeLimitSeconds()) {
            r.problem(variable("jobLeaseSeconds") + "=" + config.jobLeaseSeconds() + ": must be longer than "
                    + variable("renderTimeLimitSeconds") + " (" + config.renderTimeLimitSeconds()
                    + "), or a slow render would be taken over by another instance while it runs");
        }
        if (config.certKeystore().isEmpty() && !config.certKeystorePassword().isEmpty()) {
            r.problems.add(variable("certKeystorePassword") + ": set without " + variable("certKeystore")
                    + "; allowed: both, or neither for the development key");
        }
        r.rejectUnknown();
        return config;
    }

    /** What certificates print that no dataset says, from the cert* settings. */
    public CertificateSettings certificateSettings() {
        return new CertificateSettings(certTitle, CertificateSettings.parseOrganisations(certOrganisations),
                CertificateSettings.parseSignatories(certSignatories), certPlace, certPublicBaseUrl);
    }

    private static String checked(String value, Function<String, ?> parse) {
        parse.apply(value);
        return value;
    }

    /** The JDBC URL in effect: {@code dbUrl}, or the embedded H2 file under {@code dataDir}. */
    public String jdbcUrl() {
        if (!dbUrl.isEmpty()) {
            return dbUrl;
        }
        // PostgreSQL mode keeps the migrations portable; WRITE_DELAY=0 makes every commit durable
        // before the 201 goes out, so an accepted dataset survives a crash right after.
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("kpidocs")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /** The environment variable that sets a component: {@code dbPoolSize} → {@code KPIDOCS_DB_POOL_SIZE}. */
    static String variable(String component) {
        return PREFIX + component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl="
                + (dbUrl.isEmpty() ? "(embedded)" : dbUrl.replaceAll("password=[^&;]*", "password=***"))
                + ", dbUser=" + dbUser + ", dbPassword=" + (dbPassword.isEmpty() ? "" : "***")
                + ", dbPoolSize=" + dbPoolSize + ", maxDatasetBytes=" + maxDatasetBytes
                + ", maxWorkbookBytes=" + maxWorkbookBytes + ", renderThreads=" + renderThreads
                + ", renderQueue=" + renderQueue + ", renderTimeLimitSeconds=" + renderTimeLimitSeconds
                + ", renderMaxPages=" + renderMaxPages + ", jobWorkers=" + jobWorkers + ", jobLeaseSeconds="
                + jobLeaseSeconds + ", instanceName=" + instanceName + ", httpThreads=" + httpThreads
                + ", logFormat=" + logFormat + ", arabicDigits=" + arabicDigits
                + ", certKeystore="
                + (certKeystore.isEmpty() ? "(development key)" : certKeystore) + ", certKeystorePassword="
                + (certKeystorePassword.isEmpty() ? "" : "***") + ", certKeyAlias=" + certKeyAlias
                + ", certPublicBaseUrl=" + certPublicBaseUrl + ", certPlace=" + certPlace
                + ", maxCertificateBytes=" + maxCertificateBytes + "]";
    }

    /** Start-up stops with this; the message names every offending variable. */
    public static final class ConfigException extends RuntimeException {
        ConfigException(List<String> problems) {
            super("Invalid configuration:\n  " + String.join("\n  ", problems));
        }
    }

    /** Reads variables by the naming rule and collects every problem. */
    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        <T> T read(String component, T fallback, Function<String, T> parse) {
            String name = variable(component);
            String raw = env.get(name);
            if (raw == null) {
                return fallback;
            }
            try {
                return parse.apply(raw.strip());
            } catch (IllegalArgumentException e) {
                problems.add(name + "=" + (component.toLowerCase(Locale.ROOT).contains("password") ? "***" : raw)
                        + ": " + e.getMessage());
                return fallback;
            }
        }

        int intIn(String v, int min, int max) {
            return (int) longIn(v, min, max);
        }

        long longIn(String v, long min, long max) {
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a whole number; allowed: " + min + " to " + max);
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException("out of range; allowed: " + min + " to " + max);
            }
            return n;
        }

        static String oneOf(String v, String... allowed) {
            for (String a : allowed) {
                if (a.equals(v)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("allowed: " + String.join(", ", allowed));
        }

        static String nonBlank(String v) {
            if (v.isEmpty()) {
                throw new IllegalArgumentException("must not be empty");
            }
            return v;
        }

        static String jdbcUrl(String v) {
            if (!v.isEmpty() && !v.startsWith("jdbc:h2:") && !v.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("not a supported JDBC URL; allowed: jdbc:postgresql://host:port/db,"
                        + " jdbc:h2:..., or empty for the embedded database");
            }
            return v;
        }

        void problem(String text) {
            problems.add(text);
        }

        /** A misspelt variable silently ignored is worse than a refusal to start. */
        void rejectUnknown() {
            Set<String> known = Arrays.stream(Config.class.getRecordComponents())
                    .map(c -> variable(c.getName())).collect(Collectors.toCollection(TreeSet::new));
            env.keySet().stream().filter(k -> k.startsWith(PREFIX) && !known.contains(k)).sorted()
                    .forEach(k -> problems.add(k + ": unknown setting; known: " + String.join(", ", known)));
            if (!problems.isEmpty()) {
                throw new ConfigException(problems);
            }
        }
    }
}
