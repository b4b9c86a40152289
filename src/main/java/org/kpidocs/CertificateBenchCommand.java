package org.kpidocs;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.document.certificate.CertificateService;
import org.kpidocs.signing.SigningKey;
import org.kpidocs.signing.SigningKeys;
import org.kpidocs.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kpidocs bench-certificates}: measures issuance as the API does it, end to end per
 * certificate (find the dataset, assess it, check the rules, take a number, render, sign, store the
 * PDF in the registry), over the default embedded H2 file registry and a development key, both in a
 * temporary folder removed afterwards.
 * Prints the warm time per certificate one at a time (median, p90, certificates per second), then the
 * wall time to issue a batch (1 000 by default) on N threads. A command, not a timed test: figures
 * depend on the machine and are recorded in {@code docs/benchmarks.md}. Exit code 0 measured, 2
 * unusable input.
 */
@Command(name = "bench-certificates", mixinStandardHelpOptions = true,
        description = "Benchmark certificate issuance (render, sign, register): warm certificates/s and a batch.")
final class CertificateBenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--dataset", paramLabel = "FILE", description = "dataset JSON file (default: ${DEFAULT-VALUE})")
    private Path dataset = Path.of("samples", "lumeria-2025.json");

    @Option(names = "--warmup", paramLabel = "N", description = "untimed issuances first (default: ${DEFAULT-VALUE})")
    private int warmup = 30;

    @Option(names = "--runs", paramLabel = "N", description = "timed issuances one at a time (default: ${DEFAULT-VALUE})")
    private int runs = 50;

    @Option(names = "--batch", paramLabel = "N", description = "certificates in the batch (default: ${DEFAULT-VALUE})")
    private int batch = 1000;

    @Option(names = "--threads", paramLabel = "N", description = "issuances at once in the batch (default: ${DEFAULT-VALUE})")
    private int threads = 2;

    @Spec
    private CommandSpec spec;

    /** CPU time of the whole process (all threads), or -1 where the JVM does not say. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (warmup < 0 || runs < 1 || batch < 1 || threads < 1) {
            err.println("kpidocs: --warmup must be 0 or more; --runs, --batch and --threads 1 or more");
            return 2;
        }
        if (!Files.isReadable(dataset)) {
            err.println("kpidocs: cannot read " + dataset);
            return 2;
        }
        byte[] json = Files.readAllBytes(dataset);
        Path keys = Files.createTempDirectory("kpidocs-bench-");
        // The service's default: an H2 file with durable commits, in a folder of its own that is removed after.
        Config config = Config.fromEnvironment(java.util.Map.of(Config.variable("dataDir"), keys.toString()));
        try (Database db = Database.open(config.jdbcUrl(), "", "", threads + 2)) {
            var catalogue = org.kpidocs.catalogue.Catalogue.load();
            var benchmarks = org.kpidocs.catalogue.BenchmarkSet.load(catalogue);
            DatasetService datasets = new DatasetService(new DatasetChecker(catalogue, benchmarks), db.datasets(),
                    Clock.systemUTC(), () -> UUID.randomUUID().toString());
            SigningKey key = SigningKeys.development(keys, Clock.systemUTC());
            CertificateService certificates = Certificates.service(config, key, datasets, new Assessor(catalogue, benchmarks),
                    db.certificates(), Clock.systemUTC());
            err.println("Storing " + (warmup + runs + batch) + " datasets…");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < warmup + runs + batch; i++) {
                ids.add(datasets.create(json).id());
            }
            err.println("Warming up (" + warmup + " certificates)…");
            for (int i = 0; i < warmup; i++) {
                certificates.issue(ids.get(i));
            }
            err.println("Timing " + runs + " certificates one at a time…");
            double[] ms = new double[runs];
            double[] cpuMs = new double[runs];
            var threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long bytes = 0;
            for (int i = 0; i < runs; i++) {
                long c = threadCpu.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                var issued = certificates.issue(ids.get(warmup + i));
                ms[i] = (System.nanoTime() - t) / 1e6;
                cpuMs[i] = (threadCpu.getCurrentThreadCpuTime() - c) / 1e6;
                bytes += certificates.pdf(issued.certificate().number()).content().length;
            }
            Arrays.sort(ms);
            Arrays.sort(cpuMs);
            err.println("Issuing a batch of " + batch + " on " + threads + " thread(s)…");
            List<String> batchIds = ids.subList(warmup + runs, ids.size());
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < batchIds.size(); ) {
                        certificates.issue(batchIds.get(i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            pool.shutdown();
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "Certificate issuance (render + PAdES signature + registry), %s, %d CPU(s), Java %s%n",
                    dataset, rt.availableProcessors(), System.getProperty("java.version"));
            out.printf(Locale.ROOT, "  warm, one at a time:  median %.1f ms, p90 %.1f ms  -> %.1f certificates/s (%d runs)%n",
                    ms[runs / 2], ms[(int) Math.min(runs - 1, Math.ceil(runs * 0.9) - 1)], 1000 / ms[runs / 2], runs);
            out.printf(Locale.ROOT, "  batch of %d on %d thread(s): %.1f s  -> %.1f certificates/s (goal: 1 000 in under 60 s: %s)%n",
                    batch, threads, seconds, batch / seconds,
                    batch >= 1000 ? (seconds * 1000 / batch < 60 ? "met" : "NOT met") : "scale to 1 000: " 
                            + String.format(Locale.ROOT, "%.1f s", seconds * 1000 / batch));
            out.printf(Locale.ROOT, "  CPU: %.1f ms per certificate on the issuing thread (median, warm); %.1f ms per "
                    + "certificate for the whole process in the batch (GC and JIT included)%n", cpuMs[runs / 2],
                    cpuSeconds * 1000 / batch);
            out.printf(Locale.ROOT, "  load average while measuring: %.2f (%d CPUs); a loaded machine stretches wall "
                    + "times, CPU times much less%n", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage(), rt.availableProcessors());
            out.printf(Locale.ROOT, "  PDF size: %.1f KB on average; registry now holds %d certificates%n",
                    bytes / 1024.0 / runs, certificates.count());
            out.printf(Locale.ROOT, "  heap: %d MiB used of %d MiB max%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.maxMemory() >> 20);
            out.flush();
            return 0;
        } finally {
            try (var files = Files.list(keys)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            } catch (IOException e) {
                // a temporary folder; the OS cleans it up
            }
            Files.deleteIfExists(keys);
        }
    }
}
