package org.kpidocs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives a service on the loopback interface harder than it can render and reports how it holds:
 * requests answered, the share refused with 503, latency of the accepted renders, any answer other
 * than 200 or 503, the service's peak heap (from its own {@code /metrics}) and whether {@code /health}
 * kept answering during and after. Bounded in requests and time.
 *
 * <p>The service runs as its own process ({@code java -Xmx512m -jar kpidocs.jar serve} on a free
 * loopback port with a fresh data directory), so its heap is measured alone, not with the clients'.
 * Capacity is its render threads plus its render queue; the clients keep {@code factor} times that
 * many report requests in flight.
 */
public final class LoadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEAP = Pattern.compile(
            "(?m)^jvm_memory_used_bytes\\{area=\"heap\",id=\"([^\"]+)\"} ([0-9.eE+-]+)$");

    /**
     * @param jar         the service jar to start
     * @param dataset     the dataset whose report is requested
     * @param renderThreads the service's render threads ({@code KPIDOCS_RENDER_THREADS})
     * @param renderQueue the service's render queue ({@code KPIDOCS_RENDER_QUEUE})
     * @param factor      requests in flight per unit of capacity (at least 4 for the goal)
     * @param requests    report requests in all
     * @param maxTime     the run stops after this even if requests remain
     */
    public record Settings(Path jar, Path dataset, int renderThreads, int renderQueue, int factor, int requests,
                           Duration maxTime) {
    }

    private final PrintWriter out;
    private final PrintWriter progress;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The jar this code runs from; empty when it runs from a classes folder. */
    public static java.util.Optional<Path> jar() {
        return ColdProcess.fromCodeSource().map(ColdProcess::jar);
    }

    public LoadTest(PrintWriter out, PrintWriter progress) {
        this.out = out;
        this.progress = progress;
    }

    public void run(Settings s) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("kpidocs-load-");
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", s.jar().toString(), "serve");
        pb.environment().put("KPIDOCS_PORT", String.valueOf(port));
        pb.environment().put("KPIDOCS_DATA_DIR", data.toString());
        pb.environment().put("KPIDOCS_RENDER_THREADS", String.valueOf(s.renderThreads()));
        pb.environment().put("KPIDOCS_RENDER_QUEUE", String.valueOf(s.renderQueue()));
        pb.environment().put("KPIDOCS_JOB_WORKERS", "0");
        Path log = data.resolve("service.log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process service = pb.start();
        try {
            waitUntilReady(base, service, log);
            String key = Files.readString(data.resolve("first-secretariat-key.txt")).strip();
            HttpResponse<String> created = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/datasets"))
                    .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofFile(s.dataset())).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("The dataset was not accepted: " + created.body());
            }
            String id = JSON.readTree(created.body()).get("id").asText();
            URI report = base.resolve("/api/v1/datasets/" + id + "/verification-report.pdf");
            // Warm the service up: the first renders in a JVM are slow and would distort the figures.
            for (int i = 0; i < 5; i++) {
                client.send(get(report, key), HttpResponse.BodyHandlers.discarding());
            }
            drive(s, base, report, key);
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
            try (var files = Files.walk(data)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void drive(Settings s, URI base, URI report, String key) throws InterruptedException {
        int capacity = s.renderThreads() + s.renderQueue();
        int clients = capacity * s.factor();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        Map<String, AtomicInteger> other = Collections.synchronizedMap(new TreeMap<>());
        List<Long> acceptedNanos = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger healthChecks = new AtomicInteger();
        AtomicInteger healthFailures = new AtomicInteger();
        AtomicLong healthWorstMs = new AtomicLong();
        AtomicLong peakHeap = new AtomicLong();
        long deadline = System.nanoTime() + s.maxTime().toNanos();

        Thread watcher = new Thread(() -> {
            while (running.get()) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> h = client.send(HttpRequest.newBuilder(base.resolve("/health"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (h.statusCode() != 200) {
                        healthFailures.incrementAndGet();
                    }
                    HttpResponse<String> m = client.send(HttpRequest.newBuilder(base.resolve("/metrics"))
                            .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    peakHeap.accumulateAndGet(heapUsed(m.body()), Math::max);
                } catch (IOException e) {
                    healthFailures.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
                healthChecks.incrementAndGet();
                healthWorstMs.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                sleep(200);
            }
        }, "load-watch");
        watcher.start();

        progress.printf(Locale.ROOT, "%d clients, %d requests…%n", clients, s.requests());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (issued.incrementAndGet() <= s.requests() && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = client.send(get(report, key), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200) {
                            ok.incrementAndGet();
                            acceptedNanos.add(System.nanoTime() - t0);
                        } else if (r.statusCode() == 503) {
                            busy.incrementAndGet();
                            sleep(50); // a well-behaved client pauses; Retry-After is for real clients
                        } else {
                            other.computeIfAbsent(String.valueOf(r.statusCode()), k -> new AtomicInteger()).incrementAndGet();
                        }
                    } catch (IOException e) {
                        other.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                    } catch (InterruptedException e) {
                        return null;
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(s.maxTime().toSeconds() + 120, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        sleep(1000);
        running.set(false);
        watcher.join(10_000);
        boolean healthyAfter = healthy(base);

        int answered = ok.get() + busy.get() + other.values().stream().mapToInt(AtomicInteger::get).sum();
        List<Long> sorted = new ArrayList<>(acceptedNanos);
        Collections.sort(sorted);
        out.printf(Locale.ROOT, "kpidocs load test: Verification Report PDF, service with %d render threads and a queue of %d%n",
                s.renderThreads(), s.renderQueue());
        out.printf(Locale.ROOT, "  load       %d clients in a loop (%d x capacity %d), %d requests, %.1f s%n", clients,
                s.factor(), capacity, Math.min(issued.get() - clients, s.requests()), seconds);
        out.printf(Locale.ROOT, "  answered   %d: %d rendered (200), %d refused at once (503, %.1f %%), other %s%n",
                answered, ok.get(), busy.get(), answered == 0 ? 0 : 100.0 * busy.get() / answered,
                other.isEmpty() ? "none" : other.toString());
        out.printf(Locale.ROOT, "  accepted   p50 %.0f ms, p99 %.0f ms, max %.0f ms; %.2f reports/s%n", pct(sorted, 0.5),
                pct(sorted, 0.99), pct(sorted, 1.0), ok.get() / seconds);
        out.printf(Locale.ROOT, "  heap       service peak %.1f MiB (its own /metrics, -Xmx512m)%n", peakHeap.get() / 1048576.0);
        out.printf(Locale.ROOT, "  /health    %d checks during the run, %d failed, slowest %d ms; after the run: %s%n",
                healthChecks.get(), healthFailures.get(), healthWorstMs.get(), healthyAfter ? "200" : "NOT ANSWERING");
        out.printf(Locale.ROOT, "  goals      errors other than 503: %s; peak heap < 512 MiB: %s; health answered: %s%n",
                other.isEmpty() ? "none (MET)" : "NOT MET", peakHeap.get() < 512L << 20 ? "MET" : "NOT MET",
                healthFailures.get() == 0 && healthyAfter ? "MET" : "NOT MET");
        out.flush();
    }

    private boolean healthy(URI base) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Heap in use: the sum of the heap pools the service's metrics list. */
    static long heapUsed(String metrics) {
        Matcher m = HEAP.matcher(metrics);
        double sum = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(2));
        }
        return (long) sum;
    }

    private static HttpRequest get(URI uri, String key) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(120))
                .GET().build();
    }

    private static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.max(0, Math.ceil(p * sorted.size()) - 1);
        return sorted.get(i) / 1e6;
    }

    private void waitUntilReady(URI base, Process service, Path log) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service stopped: " + Files.readString(log));
            }
            if (healthy(base)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The service did not answer within 60 s: " + Files.readString(log));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
