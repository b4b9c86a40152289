package org.kpidocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kpidocs.bench.WorkbookBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kpidocs bench-workbook}: warm time to ingest a filled Data Collection Template and to
 * generate the blank one, and the heap one ingest of a large (20 MiB) workbook holds. Figures are
 * printed to be recorded ({@code docs/benchmarks.md}), never asserted. Exit code 0 measured, 2 bad input.
 */
@Command(name = "bench-workbook", mixinStandardHelpOptions = true,
        description = "Benchmark Data Collection Template ingest and generation, and the heap of a large upload.")
final class WorkbookBenchCommand implements Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset JSON to fill the template with (default: ${DEFAULT-VALUE})")
    private Path dataset = Path.of("samples", "lumeria-2025.json");

    @Option(names = "--warmup", paramLabel = "N", description = "untimed runs first (default: ${DEFAULT-VALUE})")
    private int warmup = 10;

    @Option(names = "--runs", paramLabel = "N", description = "timed runs (default: ${DEFAULT-VALUE})")
    private int runs = 25;

    @Option(names = "--large-mib", paramLabel = "N", description = "size of the large upload in MiB (default: ${DEFAULT-VALUE})")
    private int largeMib = 20;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (warmup < 0 || runs < 1 || largeMib < 1) {
            spec.commandLine().getErr().println("kpidocs: --warmup must be 0 or more, --runs and --large-mib 1 or more");
            return 2;
        }
        if (!Files.isRegularFile(dataset)) {
            spec.commandLine().getErr().println("kpidocs: no dataset file " + dataset);
            return 2;
        }
        new WorkbookBenchmark(spec.commandLine().getOut(), spec.commandLine().getErr()).run(dataset, warmup, runs, largeMib);
        return 0;
    }
}
