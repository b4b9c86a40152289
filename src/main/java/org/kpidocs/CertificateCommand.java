package org.kpidocs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.common.Sha256;
import org.kpidocs.dataset.Issue;
import org.kpidocs.document.FileNames;
import org.kpidocs.document.certificate.CertificateMaker;
import org.kpidocs.document.certificate.CertificateNumber;
import org.kpidocs.i18n.Messages;
import org.kpidocs.signing.SigningKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs certificate FILE}: an offline preview of the certificate a dataset file would earn,
 * signed PDF and HTML, without a server or registry. The dataset is checked as the API checks it and
 * the issuance rules apply; the number has sequence 000000, which the service never issues, and the
 * page says it is an unregistered preview. The key and the printed names come from the same
 * {@code KPIDOCS_CERT_*} settings as the service (without a keystore: the development key of the
 * data directory). Exit code 0 written, 1 invalid dataset or unmet conditions, 2 unusable input.
 */
@Command(name = "certificate", mixinStandardHelpOptions = true,
        description = "Make an unregistered preview of the certificate of a dataset JSON file (signed PDF and HTML).")
final class CertificateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "dataset JSON file")
    private Path file;

    @Option(names = {"-o", "--out"}, description = "output folder (default: the current folder)")
    private Path out = Path.of(".");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "issue date (default: today, UTC)")
    private String date;

    @Option(names = "--lang", description = "certificate language: en, ar, zh, fr, ru or es (default: en)")
    private String lang = "en";

    @Option(names = "--key-dir", paramLabel = "DIR",
            description = "where the development key is kept when no keystore is configured (default: KPIDOCS_DATA_DIR, else data)")
    private Path keyDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Instant issuedAt;
        try {
            issuedAt = date == null ? Clock.systemUTC().instant()
                    : LocalDate.parse(date).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            err.println("kpidocs: --date " + date + " is not a date; allowed: YYYY-MM-DD, e.g. 2026-01-15");
            return 2;
        }
        OfflineDataset.Loaded loaded;
        try {
            loaded = OfflineDataset.load(file, lang, err);
        } catch (OfflineDataset.Failure f) {
            return f.exitCode();
        }
        java.util.Map<String, String> env = new java.util.HashMap<>(System.getenv());
        if (keyDir != null) {
            env.put(Config.variable("dataDir"), keyDir.toString());
        }
        Config config = Config.fromEnvironment(env);
        SigningKey key = Certificates.signingKey(config, Clock.fixed(issuedAt, ZoneOffset.UTC));
        CertificateMaker maker = Certificates.maker(config, key);
        var stored = loaded.dataset();
        Assessment a = new Assessor(loaded.catalogue(), loaded.benchmarks()).assess(stored.id(), stored.version(),
                stored.dataset());
        List<Issue> unmet = maker.unmet(stored, a, issuedAt);
        if (!unmet.isEmpty()) {
            Messages words = new Messages("messages/api");
            err.println("kpidocs: " + file + " does not earn a certificate yet:");
            unmet.forEach(i -> err.println("  " + i.pointer() + ": " + words.format(Locale.ENGLISH, i.key(), i.args())
                    + "; needs " + words.format(Locale.ENGLISH, i.key() + ".allowed", i.args())));
            return 1;
        }
        CertificateNumber number = CertificateNumber.of(issuedAt.atOffset(ZoneOffset.UTC).getYear(), 0);
        CertificateMaker.Made made = maker.make(stored, a, number, issuedAt, loaded.language());
        Files.createDirectories(out);
        String city = stored.dataset().city().name();
        Path pdf = out.resolve(FileNames.of("U4SSC-Certificate", city, number.toString(), loaded.language(), "pdf"));
        Path html = out.resolve(FileNames.of("U4SSC-Certificate", city, number.toString(), loaded.language(), "html"));
        Files.write(pdf, made.pdf());
        Files.write(html, maker.html(made.printed()));
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%s (%d bytes, SHA-256 %s)%n", pdf, made.pdf().length, Sha256.hex(made.pdf()));
        o.printf(Locale.ROOT, "%s%n", html);
        o.printf(Locale.ROOT, "Unregistered preview %s, signed by %s%s. Only certificates issued by the service "
                + "(POST /api/v1/datasets/{id}/certificate) are registered and verify as authentic.%n", number,
                key.subject(), key.development() ? " (development key: not official)" : "");
        return 0;
    }
}
