package org.kpidocs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.kpidocs.bench.LoadTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs bench-load}: starts the service from this jar on a loopback port and drives it with
 * several times more report requests than it can render; see {@link LoadTest}. Run from the jar.
 * Exit code 0 measured, 2 bad input or not run from the jar.
 */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = "Load test on loopback: 503 share, latency of accepted renders, heap, health under overload.")
final class LoadTestCommand implements Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset JSON (default: ${DEFAULT-VALUE})")
    private Path dataset = Path.of("samples", "lumeria-2025.json");

    @Option(names = "--render-threads", paramLabel = "N", description = "the service's render threads (default: ${DEFAULT-VALUE})")
    private int threads = 2;

    @Option(names = "--render-queue", paramLabel = "N", description = "the service's render queue (default: ${DEFAULT-VALUE})")
    private int queue = 2;

    @Option(names = "--factor", paramLabel = "N", description = "requests in flight per unit of capacity (default: ${DEFAULT-VALUE})")
    private int factor = 4;

    @Option(names = "--requests", paramLabel = "N", description = "report requests in all (default: ${DEFAULT-VALUE})")
    private int requests = 5000;

    @Option(names = "--max-seconds", paramLabel = "N", description = "stop after this many seconds (default: ${DEFAULT-VALUE})")
    private int maxSeconds = 60;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var err = spec.commandLine().getErr();
        if (threads < 1 || queue < 0 || factor < 1 || requests < 1 || maxSeconds < 1) {
            err.println("kpidocs: --render-threads, --factor, --requests and --max-seconds must be 1 or more,"
                    + " --render-queue 0 or more");
            return 2;
        }
        if (!Files.isRegularFile(dataset)) {
            err.println("kpidocs: no dataset file " + dataset);
            return 2;
        }
        Path jar = LoadTest.jar().orElse(null);
        if (jar == null) {
            err.println("kpidocs: run bench-load from the jar (java -jar target/kpidocs.jar bench-load): it starts the"
                    + " service from it");
            return 2;
        }
        new LoadTest(spec.commandLine().getOut(), err).run(new LoadTest.Settings(jar, dataset, threads, queue, factor,
                requests, Duration.ofSeconds(maxSeconds)));
        return 0;
    }
}
