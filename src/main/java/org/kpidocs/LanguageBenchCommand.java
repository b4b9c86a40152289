package org.kpidocs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.kpidocs.bench.LanguageBenchmark;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.report.VerificationReportRenderer;
import org.kpidocs.document.factsheet.FactsheetRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs bench-languages}: warm time per PDF of one document in each of the six languages,
 * next to English, with the ratio against the goal of at most 1.5 × English. Figures are
 * read and recorded in {@code docs/benchmarks.md}, never asserted. Exit code 0 measured (whether or
 * not the goal was met; the table says), 2 unusable input.
 */
@Command(name = "bench-languages", mixinStandardHelpOptions = true,
        description = "Warm PDF render time of a document in en, ar, zh, fr, ru and es, with ratios to English.")
final class LanguageBenchCommand implements Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset JSON file (default: ${DEFAULT-VALUE})")
    private Path dataset = Path.of("samples", "lumeria-2025.json");

    @Option(names = "--document", paramLabel = "DOC", description = "report, factsheet or snapshot (default: ${DEFAULT-VALUE})")
    private String document = "report";

    @Option(names = "--warmup", paramLabel = "N", description = "untimed rounds first (default: ${DEFAULT-VALUE})")
    private int warmup = 8;

    @Option(names = "--runs", paramLabel = "N", description = "timed rounds (default: ${DEFAULT-VALUE})")
    private int runs = 15;

    @Option(names = "--languages", paramLabel = "TAGS", split = ",",
            description = "languages to measure, the reference first (default: en,ar,zh,fr,ru,es)")
    private java.util.List<String> languages = DocumentLanguage.tags();

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        var err = spec.commandLine().getErr();
        if (warmup < 0 || runs < 1 || !java.util.List.of("report", "factsheet", "snapshot").contains(document)) {
            err.println("kpidocs: --warmup must be 0 or more, --runs 1 or more, --document one of: report, factsheet, snapshot");
            return 2;
        }
        OfflineDataset.Loaded loaded;
        try {
            loaded = OfflineDataset.load(dataset, "en", err);
        } catch (OfflineDataset.Failure f) {
            return f.exitCode();
        }
        var stored = loaded.dataset();
        VerificationReportRenderer reports = loaded.reportRenderer();
        FactsheetRenderer factsheets = document.equals("report") ? null : loaded.factsheetRenderer();
        Map<String, Supplier<byte[]>> renders = new LinkedHashMap<>();
        java.util.List<DocumentLanguage> measured = new java.util.ArrayList<>();
        try {
            for (String tag : languages) {
                measured.add(OfflineDataset.language(tag, err));
            }
        } catch (OfflineDataset.Failure f) {
            return f.exitCode();
        }
        for (DocumentLanguage language : measured) {
            renders.put(language.toString(), () -> switch (document) {
                case "factsheet" -> factsheets.factsheetPdf(stored, language).content();
                case "snapshot" -> factsheets.snapshotPdf(stored, language).content();
                default -> reports.pdf(stored, language).content();
            });
        }
        new LanguageBenchmark(renders, warmup, runs, spec.commandLine().getOut()).run();
        return 0;
    }
}
