package org.kpidocs.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the benchmark and prints its table. Phases, in this order:
 * <ol>
 *   <li><b>first render</b> of PDF and HTML in this JVM (reported, not counted), and the HTML
 *       written to a temporary file for Chromium;</li>
 *   <li><b>warm, one at a time:</b> warm-up, then timed renders of kpidocs PDF, kpidocs HTML and
 *       Chromium printing that HTML over DevTools, <i>interleaved</i> run by run, so that load from
 *       other work on the machine falls on both engines alike;</li>
 *   <li><b>parallel:</b> N threads each rendering the PDF continuously a fixed number of times, for
 *       throughput and the heap the concurrent renders need (the browser is closed by then);</li>
 *   <li><b>cold:</b> a fresh {@code java -jar kpidocs.jar report} process, and a fresh
 *       {@code chromium --print-to-pdf} process, alternately, median of a few each.</li>
 * </ol>
 * What is timed differs slightly between the engines and errs against kpidocs: its warm time is the
 * whole {@code pdf()} call (assessment, template, layout, PDF/A metadata, attachment, save), while
 * Chromium's starts from the finished HTML (navigate, load, print, decode).
 */
public final class Benchmark {

    /** The speed goal: Chromium's warm time per report over kpidocs'. */
    static final double SPEED_GOAL = 10.0;
    /** The heap goal with two renders at once, in MiB. */
    static final double HEAP_GOAL_MIB = 512;

    private final Settings settings;
    private final Subject subject;
    private final PrintWriter out;
    private final PrintWriter progress;

    /**
     * @param out      where the table goes
     * @param progress where "what is running now" goes (standard error), so that it stays out of the table
     */
    public Benchmark(Settings settings, Subject subject, PrintWriter out, PrintWriter progress) {
        this.settings = settings;
        this.subject = subject;
        this.out = out;
        this.progress = progress;
    }

    /** Runs every phase and prints the figures; Chromium trouble is reported, never fatal. */
    public void run() throws IOException, InterruptedException {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Path work = TempDirs.create("kpidocs-bench");
        try {
            run(work, loadBefore);
        } finally {
            TempDirs.delete(work);
        }
    }

    private void run(Path work, double loadBefore) throws IOException, InterruptedException {
        // 1. first render, and the page Chromium will print
        note("first render in this JVM ...");
        long t0 = System.nanoTime();
        byte[] firstPdf = subject.pdf();
        long firstPdfNanos = System.nanoTime() - t0;
        byte[] firstHtml = subject.html();
        PdfFacts pdfFacts = PdfFacts.of(firstPdf);
        Path html = work.resolve("report.html");
        Files.write(html, firstHtml);

        Optional<Chromium> chromium = Optional.empty();
        String chromiumNote;
        if (!settings.useChromium()) {
            chromiumNote = "skipped (--no-chromium)";
        } else {
            chromium = Chromium.locate(settings.chromium());
            chromiumNote = chromium.map(c -> c.executable() + ": " + c.version())
                    .orElse(settings.chromium() != null ? "not executable: " + settings.chromium()
                            : "not installed; for the side-by-side figures: apt-get install -y chromium (Debian), or --chromium PATH");
        }

        // 2. warm, one at a time, interleaved
        Samples pdfWarm = new Samples();
        Samples htmlWarm = new Samples();
        Samples chromeWarm = new Samples();
        PdfFacts chromePdf = null;
        String chromeWarmError = null;
        Chromium.Warm browser = null;
        try {
            if (chromium.isPresent()) {
                note("starting Chromium for DevTools ...");
                try {
                    browser = chromium.get().warm();
                } catch (IOException e) {
                    chromeWarmError = e.getMessage();
                }
            }
            note("warm-up: " + settings.warmup() + " renders each ...");
            for (int i = 0; i < settings.warmup(); i++) {
                subject.pdf();
                subject.html();
                if (browser != null) {
                    try {
                        browser.print(html);
                    } catch (IOException e) {
                        chromeWarmError = e.getMessage();
                        browser.close();
                        browser = null;
                    }
                }
            }
            note("timed: " + settings.runs() + " renders each ...");
            for (int i = 0; i < settings.runs(); i++) {
                long s = System.nanoTime();
                subject.pdf();
                pdfWarm.add(System.nanoTime() - s);
                s = System.nanoTime();
                subject.html();
                htmlWarm.add(System.nanoTime() - s);
                if (browser != null) {
                    try {
                        Chromium.Timed printed = browser.print(html);
                        chromeWarm.add(printed.nanos());
                        chromePdf = PdfFacts.of(printed.pdf());
                    } catch (IOException e) {
                        chromeWarmError = e.getMessage();
                        browser.close();
                        browser = null;
                    }
                }
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }

        // 3. parallel: throughput and heap
        note("parallel: " + settings.threads() + " threads x " + settings.runs() + " PDF renders ...");
        Parallel parallel = parallel();

        // 4. cold processes, alternately
        Optional<ColdProcess> cold = ColdProcess.fromCodeSource();
        Samples kpidocsCold = new Samples();
        Samples chromeCold = new Samples();
        String coldError = null;
        String chromeColdError = null;
        note("cold processes: " + Settings.COLD_RUNS + " each ...");
        for (int i = 0; i < Settings.COLD_RUNS; i++) {
            if (cold.isPresent() && coldError == null) {
                try {
                    kpidocsCold.add(cold.get().run(settings.dataset()));
                } catch (IOException e) {
                    coldError = e.getMessage();
                }
            }
            if (chromium.isPresent() && chromeColdError == null) {
                try {
                    Chromium.Timed printed = chromium.get().cold(html);
                    chromeCold.add(printed.nanos());
                    if (chromePdf == null) {
                        chromePdf = PdfFacts.of(printed.pdf());
                    }
                } catch (IOException e) {
                    chromeColdError = e.getMessage();
                }
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        // the table
        var rt = ManagementFactory.getRuntimeMXBean();
        out.printf(Locale.ROOT, "kpidocs bench: U4SSC Verification Report of %s%n", settings.dataset());
        out.printf(Locale.ROOT, "  machine    %d CPUs, load average %.2f at start, %.2f at end%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        out.printf(Locale.ROOT, "  java       %s %s; heap limit %.0f MiB (%s); %s%n", rt.getVmName(),
                System.getProperty("java.runtime.version"), HeapWatch.mib(HeapWatch.maxHeapBytes()),
                HeapWatch.maxHeapGiven() ? "-Xmx given" : "JVM default, no -Xmx", HeapWatch.collectors());
        out.printf(Locale.ROOT, "  chromium   %s%n", chromiumNote);
        out.printf(Locale.ROOT, "  documents  kpidocs PDF %d pages, %,d bytes; HTML %,d bytes", pdfFacts.pages(),
                pdfFacts.bytes(), firstHtml.length);
        if (chromePdf != null) {
            out.printf(Locale.ROOT, "; Chromium PDF of that HTML %d pages, %,d bytes", chromePdf.pages(), chromePdf.bytes());
        }
        out.println();
        out.printf(Locale.ROOT, "  method     first render in this JVM %,.0f ms; then %d warm-up and %d timed renders each, "
                + "%s%n", Samples.ms(firstPdfNanos), settings.warmup(), settings.runs(),
                chromeWarm.count() > 0 ? "kpidocs and Chromium interleaved" : "kpidocs only");
        if (settings.runs() < 20) {
            out.printf(Locale.ROOT, "  note       fewer than 20 timed runs: medians are indicative only%n");
        }
        out.println();
        out.printf(Locale.ROOT, "warm, one at a time (ms)                   median      p90      min      max  runs%n");
        row("kpidocs  PDF report", pdfWarm);
        row("kpidocs  HTML report", htmlWarm);
        if (chromeWarm.count() > 0) {
            row("Chromium PDF of the HTML (DevTools)", chromeWarm);
        }
        if (chromeWarmError != null) {
            out.printf(Locale.ROOT, "  Chromium warm failed: %s%n", chromeWarmError);
        }
        out.println();
        out.printf(Locale.ROOT, "parallel, %d threads x %d PDF reports each%n", settings.threads(), settings.runs());
        if (parallel.error() != null) {
            out.printf(Locale.ROOT, "  FAILED                                 %s%n", parallel.error());
        } else {
            out.printf(Locale.ROOT, "  throughput                             %.2f reports/s (%d in %.2f s)%n",
                    parallel.perSecond(), parallel.renders().count(), parallel.wallNanos() / 1e9);
            out.printf(Locale.ROOT, "  time per report under load             median %.1f ms, p90 %.1f ms%n",
                    parallel.renders().medianMs(), parallel.renders().p90Ms());
        }
        HeapWatch.Result heap = parallel.heap();
        out.printf(Locale.ROOT, "  peak heap used                         %.1f MiB of %.0f MiB (GC notifications: heap just before a collection)%n",
                HeapWatch.mib(heap.peakUsed()), HeapWatch.mib(HeapWatch.maxHeapBytes()));
        out.printf(Locale.ROOT, "  most heap live after a collection      %.1f MiB%n", HeapWatch.mib(heap.maxLive()));
        out.printf(Locale.ROOT, "  sum of heap pool peaks (upper bound)   %.1f MiB%n", HeapWatch.mib(heap.poolPeaks()));
        out.printf(Locale.ROOT, "  collections                            %d, %d ms in total%n", heap.collections(), heap.gcMillis());
        out.println();
        out.printf(Locale.ROOT, "cold, one process per document (ms)      median   each%n");
        if (cold.isEmpty()) {
            out.printf(Locale.ROOT, "  kpidocs: not running from kpidocs.jar, so no cold process; build the jar and run java -jar kpidocs.jar bench%n");
        } else if (kpidocsCold.count() > 0) {
            out.printf(Locale.ROOT, "  kpidocs  report command (PDF + HTML) %8.0f   %s%n", kpidocsCold.medianMs(), kpidocsCold.listMs());
        }
        if (coldError != null) {
            out.printf(Locale.ROOT, "  kpidocs cold failed: %s%n", coldError);
        }
        if (chromeCold.count() > 0) {
            out.printf(Locale.ROOT, "  Chromium --print-to-pdf (PDF)        %8.0f   %s%n", chromeCold.medianMs(), chromeCold.listMs());
        }
        if (chromeColdError != null) {
            out.printf(Locale.ROOT, "  Chromium cold failed: %s%n", chromeColdError);
        }
        out.println();
        out.printf(Locale.ROOT, "Chromium / kpidocs (above 1: kpidocs is faster)%n");
        if (chromeWarm.count() > 0) {
            double ratio = chromeWarm.medianMs() / pdfWarm.medianMs();
            out.printf(Locale.ROOT, "  warm, per report    %6.2fx   goal >= %.0fx: %s%n", ratio, SPEED_GOAL,
                    ratio >= SPEED_GOAL ? "MET" : "NOT MET");
        } else {
            out.printf(Locale.ROOT, "  warm, per report    n/a (no Chromium figures)   goal >= %.0fx: NOT CHECKED%n", SPEED_GOAL);
        }
        if (chromeCold.count() > 0 && kpidocsCold.count() > 0) {
            out.printf(Locale.ROOT, "  cold process        %6.2fx   (kpidocs writes PDF and HTML; Chromium prints a finished page)%n",
                    chromeCold.medianMs() / kpidocsCold.medianMs());
        }
        boolean heapMet = parallel.error() == null && HeapWatch.mib(heap.peakUsed()) < HEAP_GOAL_MIB;
        out.printf(Locale.ROOT, "heap, %d renders at once: peak %.1f MiB, live %.1f MiB   goal < %.0f MiB: %s%n",
                settings.threads(), HeapWatch.mib(heap.peakUsed()), HeapWatch.mib(heap.maxLive()), HEAP_GOAL_MIB,
                heapMet ? "MET" : "NOT MET");
        if (settings.threads() != 2) {
            out.printf(Locale.ROOT, "  note: the heap goal is stated for 2 renders at once; this run used %d%n", settings.threads());
        }
        out.flush();
    }

    private void row(String label, Samples s) {
        out.printf(Locale.ROOT, "  %-37s %8.1f %8.1f %8.1f %8.1f  %4d%n", label, s.medianMs(), s.p90Ms(), s.minMs(),
                s.maxMs(), s.count());
    }

    private void note(String what) {
        progress.println("bench: " + what);
        progress.flush();
    }

    /**
     * Each thread renders the PDF {@code runs} times back to back; all start together and the wall
     * time runs until the last finishes. The heap is collected first so the peaks belong to this phase.
     */
    private Parallel parallel() throws InterruptedException {
        Samples renders = new Samples();
        System.gc();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "bench-render");
            t.setDaemon(true);
            return t;
        });
        try (HeapWatch heap = new HeapWatch()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < settings.threads(); t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < settings.runs(); i++) {
                        long s = System.nanoTime();
                        subject.pdf();
                        renders.add(System.nanoTime() - s);
                    }
                    return null;
                }));
            }
            long s = System.nanoTime();
            start.countDown();
            String error = null;
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    error = String.valueOf(e.getCause());
                }
            }
            long wall = System.nanoTime() - s;
            Thread.sleep(200); // GC notifications are delivered on their own thread
            return new Parallel(renders, wall, heap.result(), error);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param renders   per-render times under load
     * @param wallNanos from the common start to the last render's end
     * @param heap      heap figures of the phase
     * @param error     the first failure (e.g. OutOfMemoryError), or null
     */
    private record Parallel(Samples renders, long wallNanos, HeapWatch.Result heap, String error) {
        double perSecond() {
            return renders.count() / (wallNanos / 1e9);
        }
    }
}
