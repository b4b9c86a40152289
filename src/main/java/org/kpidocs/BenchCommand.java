package org.kpidocs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpidocs.bench.Benchmark;
import org.kpidocs.bench.Settings;
import org.kpidocs.bench.Subject;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.factsheet.FactsheetRenderer;
import org.kpidocs.document.report.VerificationReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs bench [--document report|factsheet|snapshot]}: measures a document (the Verification
 * Report by default) and prints warm time per document
 * (median and p90 of PDF and HTML), throughput and peak heap with several renders at once, the time
 * of a cold {@code report} process, and, in the same run, headless Chromium printing the same
 * report's HTML, with the ratios against the speed and heap goals. A command rather than a timed
 * test: figures depend on the machine, so they are read and recorded ({@code docs/benchmarks.md}),
 * never asserted. Run it from the jar ({@code java -Xmx512m -jar kpidocs.jar bench}) so that the cold
 * process can be measured. Exit code 0 measured, 1 invalid dataset, 2 unusable input.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark a document (PDF and HTML; the Verification Report by default) against headless"
                + " Chromium on the same HTML.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset JSON file (default: ${DEFAULT-VALUE})")
    private Path dataset = Path.of("samples", "lumeria-2025.json");

    @Option(names = "--warmup", paramLabel = "N", description = "untimed renders first, per engine (default: ${DEFAULT-VALUE})")
    private int warmup = 10;

    @Option(names = "--runs", paramLabel = "N",
            description = "timed renders per engine, and PDF renders per thread in the parallel phase (default: ${DEFAULT-VALUE})")
    private int runs = 25;

    @Option(names = "--threads", paramLabel = "N", description = "renders at once in the parallel phase (default: ${DEFAULT-VALUE})")
    private int threads = 2;

    @Option(names = "--chromium", paramLabel = "PATH",
            description = "Chromium executable (default: /usr/bin/chromium, else chromium on the PATH)")
    private Path chromium;

    @Option(names = "--no-chromium", description = "measure kpidocs only")
    private boolean noChromium;

    @Option(names = "--lang", description = "document language (default: ${DEFAULT-VALUE})")
    private String lang = "en";

    @Option(names = "--document", paramLabel = "DOC",
            description = "report, factsheet or snapshot (default: ${DEFAULT-VALUE})")
    private String document = "report";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (warmup < 0 || runs < 1 || threads < 1) {
            err.println("kpidocs: --warmup must be 0 or more, --runs and --threads 1 or more");
            return 2;
        }
        Settings.Document measured = java.util.Arrays.stream(Settings.Document.values())
                .filter(d -> d.command().equals(document)).findFirst().orElse(null);
        if (measured == null) {
            err.println("kpidocs: unknown --document '" + document + "'; one of: report, factsheet, snapshot");
            return 2;
        }
        OfflineDataset.Loaded loaded;
        try {
            loaded = OfflineDataset.load(dataset, lang, err);
        } catch (OfflineDataset.Failure f) {
            return f.exitCode();
        }
        Subject subject = subject(loaded, measured);
        Settings settings = new Settings(dataset, warmup, runs, threads, chromium, !noChromium, measured);
        new Benchmark(settings, subject, spec.commandLine().getOut(), err).run();
        return 0;
    }

    /** Renders the measured document afresh on every call. */
    private static Subject subject(OfflineDataset.Loaded loaded, Settings.Document document) {
        StoredDataset stored = loaded.dataset();
        DocumentLanguage language = loaded.language();
        if (document == Settings.Document.REPORT) {
            VerificationReportRenderer renderer = loaded.reportRenderer();
            return new Subject() {
                @Override
                public byte[] pdf() {
                    return renderer.pdf(stored, language).content();
                }

                @Override
                public byte[] html() {
                    return renderer.html(stored, language).content();
                }
            };
        }
        FactsheetRenderer renderer = loaded.factsheetRenderer();
        boolean factsheet = document == Settings.Document.FACTSHEET;
        return new Subject() {
            @Override
            public byte[] pdf() {
                return (factsheet ? renderer.factsheetPdf(stored, language) : renderer.snapshotPdf(stored, language))
                        .content();
            }

            @Override
            public byte[] html() {
                return (factsheet ? renderer.factsheetHtml(stored, language) : renderer.snapshotHtml(stored, language))
                        .content();
            }
        };
    }
}
