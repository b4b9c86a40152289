package org.kpidocs.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark and prints its table. Phases, in this order:
 * <ol>
 *   <li><b>first render</b> of PDF and HTML in this JVM (reported, not counted), and the HTML
 *       written to a temporary file for Chromium;</li>
 *   <li><b>warm, one at a time:</b> warm-up, then timed renders of kpidocs PDF, kpidocs HTML and
 *       Chromium printing that HTML over DevTools, <i>interleaved</i> run by run, so that load from
 *       other work on the machine falls on all of them alike, with a short idle pause
 *       ({@value #SETTLE_MILLIS} ms) before each timed step;</li>
 *   <li><b>parallel:</b> N threads each rendering the PDF continuously a fixed number of times, for
 *       throughput, peak heap and GC pauses (the browser is closed by then);</li>
 *   <li><b>live heap:</b> N threads rendering again while full collections are forced every
 *       {@value #LIVE_SAMPLE_MILLIS} ms, for the heap the in-flight renders really hold;</li>
 *   <li><b>cold:</b> a fresh {@code java -jar kpidocs.jar report} process and fresh
 *       {@code chromium --print-to-pdf} processes, alternately, median of a few each.</li>
 * </ol>
 *
 * <p>Chromium prints two pages: the HTML exactly as kpidocs ships it (the measure), and the
 * same HTML with its screen-only decoration switched off for print ({@link #PRINT_CLEAN}). The
 * shipped page's stylesheet gives the whole 16-page body a {@code box-shadow} and a grey page
 * background, and Chromium's software rasteriser ({@code --disable-gpu}) spends most of its time
 * on that shadow; a service that printed with Chromium would not keep it, so both figures are shown.
 *
 * <p>What is timed differs slightly between the engines and errs against kpidocs: its warm time is
 * the whole {@code pdf()} call (assessment, template, layout, PDF/A metadata, attachment, save),
 * while Chromium's starts from the finished HTML (navigate, load, print, decode).
 */
public final class Benchmark {

    /** The speed goal: Chromium's warm time per report over kpidocs'. */
    static final double SPEED_GOAL = 10.0;
    /** The heap goal with two renders at once, in MiB. */
    static final double HEAP_GOAL_MIB = 512;
    /**
     * Idle time before each timed step of the warm phase, so that work one engine leaves behind
     * (Chromium's renderer after a print, the JVM's concurrent GC after a render) does not run on the
     * two cores while the other is being timed.
     */
    static final int SETTLE_MILLIS = 150;
    /** PDF renders per thread in the live-heap phase. */
    static final int LIVE_RENDERS_PER_THREAD = 6;
    /** Interval of the forced full collections in the live-heap phase. */
    static final int LIVE_SAMPLE_MILLIS = 150;
    /** Put before {@code </head>} for the print-clean page: no shadow, no grey background, in print only. */
    static final String PRINT_CLEAN =
            "<style>@media print { html, body { box-shadow: none !important; background: #FFFFFF !important; } }</style>";

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

    /** One page Chromium prints, and what it measured on it. */
    private static final class Page {
        final String label;
        final Path file;
        final Samples warm = new Samples();
        final Samples cold = new Samples();
        PdfFacts pdf;
        String warmError;
        String coldError;

        Page(String label, Path file) {
            this.label = label;
            this.file = file;
        }
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
        // 1. first render, and the pages Chromium will print
        note("first render in this JVM ...");
        long t0 = System.nanoTime();
        byte[] firstPdf = subject.pdf();
        long firstPdfNanos = System.nanoTime() - t0;
        byte[] firstHtml = subject.html();
        PdfFacts pdfFacts = PdfFacts.of(firstPdf);
        List<Page> pages = new ArrayList<>();
        Path shipped = work.resolve("report.html");
        Files.write(shipped, firstHtml);
        pages.add(new Page("HTML as shipped", shipped));
        String html = new String(firstHtml, StandardCharsets.UTF_8);
        int head = html.indexOf("</head>");
        if (head >= 0) {
            Path clean = work.resolve("report-print-clean.html");
            Files.writeString(clean, html.substring(0, head) + PRINT_CLEAN + html.substring(head));
            pages.add(new Page("print-clean HTML", clean));
        }

        Optional<Chromium> chromium = Optional.empty();
        String chromiumNote;
        if (!settings.useChromium()) {
            chromiumNote = "skipped (--no-chromium)";
        } else {
            chromium = Chromium.locate(settings.chromium());
            chromiumNote = chromium.map(c -> c.executable() + ": " + c.version())
                    .orElse((settings.chromium() != null ? "NOT EXECUTABLE: " + settings.chromium() : "NOT INSTALLED")
                            + "; for the side-by-side figures: apt-get install -y chromium (Debian), or --chromium PATH");
        }
        if (chromium.isEmpty()) {
            pages.clear();
        }

        // 2. warm, one at a time, interleaved
        Samples pdfWarm = new Samples();
        Samples htmlWarm = new Samples();
        Chromium.Warm browser = null;
        String browserError = null;
        try {
            if (chromium.isPresent()) {
                note("starting Chromium for DevTools ...");
                try {
                    browser = chromium.get().warm();
                } catch (IOException e) {
                    browserError = e.getMessage();
                }
            }
            note("warm-up: " + settings.warmup() + " renders each ...");
            for (int i = 0; i < settings.warmup(); i++) {
                subject.pdf();
                subject.html();
                browser = printAll(browser, pages, false);
            }
            note("timed: " + settings.runs() + " renders each ...");
            for (int i = 0; i < settings.runs(); i++) {
                Thread.sleep(SETTLE_MILLIS);
                long s = System.nanoTime();
                subject.pdf();
                pdfWarm.add(System.nanoTime() - s);
                Thread.sleep(SETTLE_MILLIS);
                s = System.nanoTime();
                subject.html();
                htmlWarm.add(System.nanoTime() - s);
                browser = printAll(browser, pages, true);
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }

        // 3. parallel: throughput, peak heap, GC pauses; 4. live heap with renders in flight
        note("parallel: " + settings.threads() + " threads x " + settings.runs() + " PDF renders ...");
        Parallel parallel = parallel(settings.runs(), false);
        note("live heap: " + settings.threads() + " threads x " + LIVE_RENDERS_PER_THREAD
                + " PDF renders, full GC every " + LIVE_SAMPLE_MILLIS + " ms ...");
        Parallel live = parallel(LIVE_RENDERS_PER_THREAD, true);

        // 5. cold processes, alternately
        Optional<ColdProcess> cold = ColdProcess.fromCodeSource();
        Samples kpidocsCold = new Samples();
        String coldError = null;
        note("cold processes: " + Settings.COLD_RUNS + " each ...");
        for (int i = 0; i < Settings.COLD_RUNS; i++) {
            if (cold.isPresent() && coldError == null) {
                try {
                    kpidocsCold.add(cold.get().run(settings.document().command(), settings.dataset()));
                } catch (IOException e) {
                    coldError = e.getMessage();
                }
            }
            for (Page page : pages) {
                if (page.coldError == null) {
                    try {
                        Chromium.Timed printed = chromium.orElseThrow().cold(page.file);
                        page.cold.add(printed.nanos());
                        if (page.pdf == null) {
                            page.pdf = PdfFacts.of(printed.pdf());
                        }
                    } catch (IOException e) {
                        page.coldError = e.getMessage();
                    }
                }
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        // the table
        var rt = ManagementFactory.getRuntimeMXBean();
        double xmx = HeapWatch.mib(HeapWatch.maxHeapBytes());
        out.printf(Locale.ROOT, "kpidocs bench: %s of %s%n", settings.document().title(), settings.dataset());
        out.printf(Locale.ROOT, "  machine    %d CPUs, load average %.2f at start, %.2f at end%n",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        out.printf(Locale.ROOT, "  java       %s %s; heap limit %.0f MiB (%s); %s%n", rt.getVmName(),
                System.getProperty("java.runtime.version"), xmx,
                HeapWatch.maxHeapGiven() ? "-Xmx given" : "JVM default, no -Xmx", HeapWatch.collectors());
        out.printf(Locale.ROOT, "  chromium   %s%n", chromiumNote);
        out.printf(Locale.ROOT, "  documents  kpidocs PDF %d pages, %,d bytes; HTML %,d bytes%n", pdfFacts.pages(),
                pdfFacts.bytes(), firstHtml.length);
        for (Page page : pages) {
            if (page.pdf != null) {
                out.printf(Locale.ROOT, "             Chromium PDF of the %s: %d pages, %,d bytes%n", page.label,
                        page.pdf.pages(), page.pdf.bytes());
            }
        }
        out.printf(Locale.ROOT, "  method     first render in this JVM %,.0f ms; then %d warm-up and %d timed renders each, %s%n",
                Samples.ms(firstPdfNanos), settings.warmup(), settings.runs(),
                pages.isEmpty() ? "kpidocs only" : "kpidocs and Chromium interleaved, " + SETTLE_MILLIS + " ms idle before each");
        if (settings.runs() < 20) {
            out.printf(Locale.ROOT, "  note       fewer than 20 timed runs: medians are indicative only%n");
        }
        out.println();
        out.printf(Locale.ROOT, "warm, one at a time (ms)                        median      p90      min      max  runs%n");
        row("kpidocs  PDF " + noun(), pdfWarm);
        row("kpidocs  HTML " + noun(), htmlWarm);
        if (browserError != null) {
            out.printf(Locale.ROOT, "  Chromium over DevTools failed to start: %s%n", browserError);
        }
        for (Page page : pages) {
            if (page.warm.count() > 0) {
                row("Chromium PDF, " + page.label, page.warm);
            }
            if (page.warmError != null) {
                out.printf(Locale.ROOT, "  Chromium, %s, failed: %s%n", page.label, page.warmError);
            }
        }
        out.println();
        out.printf(Locale.ROOT, "parallel, %d threads x %d PDF %ss each%n", settings.threads(), settings.runs(), noun());
        if (parallel.error() != null) {
            out.printf(Locale.ROOT, "  FAILED                                      %s%n", parallel.error());
        } else {
            out.printf(Locale.ROOT, "  throughput                                  %.2f %ss/s (%d in %.2f s)%n",
                    parallel.perSecond(), noun(), parallel.renders().count(), parallel.wallNanos() / 1e9);
            out.printf(Locale.ROOT, "  %-43s median %.1f ms, p90 %.1f ms%n", "time per " + noun() + " under load",
                    parallel.renders().medianMs(), parallel.renders().p90Ms());
        }
        HeapWatch.Result heap = parallel.heap();
        out.printf(Locale.ROOT, "  peak heap used (GC notifications)           %.1f MiB of %.0f MiB%n", HeapWatch.mib(heap.peakUsed()), xmx);
        out.printf(Locale.ROOT, "  sum of heap pool peaks (upper bound)        %.1f MiB%n", HeapWatch.mib(heap.poolPeaks()));
        out.printf(Locale.ROOT, "  GC pauses                                   %d collections, %d ms, %.0f %% of the wall time%n",
                heap.collections(), heap.gcMillis(), 100.0 * heap.gcMillis() / (parallel.wallNanos() / 1e6));
        HeapWatch.Result liveHeap = live.heap();
        if (live.error() != null) {
            out.printf(Locale.ROOT, "  live heap phase FAILED                      %s%n", live.error());
        }
        out.printf(Locale.ROOT, "  live heap, %d renders in flight              %.1f MiB (largest after %d forced full GCs)%n",
                settings.threads(), HeapWatch.mib(liveHeap.maxLive()), liveHeap.liveSamples());
        out.println();
        out.printf(Locale.ROOT, "cold, one process per document (ms)              median   each%n");
        if (cold.isEmpty()) {
            out.printf(Locale.ROOT, "  kpidocs: not running from kpidocs.jar, so no cold process; build the jar and run java -jar kpidocs.jar bench%n");
        } else if (kpidocsCold.count() > 0) {
            out.printf(Locale.ROOT, "  %-42s %8.0f   %s%n", "kpidocs  " + settings.document().command() + " command (PDF + HTML)",
                    kpidocsCold.medianMs(), kpidocsCold.listMs());
        }
        if (coldError != null) {
            out.printf(Locale.ROOT, "  kpidocs cold failed: %s%n", coldError);
        }
        for (Page page : pages) {
            if (page.cold.count() > 0) {
                out.printf(Locale.ROOT, "  %-42s %8.0f   %s%n", "Chromium --print-to-pdf, " + page.label,
                        page.cold.medianMs(), page.cold.listMs());
            }
            if (page.coldError != null) {
                out.printf(Locale.ROOT, "  Chromium cold, %s, failed: %s%n", page.label, page.coldError);
            }
        }
        out.println();
        out.printf(Locale.ROOT, "Chromium / kpidocs (above 1: kpidocs is faster)%n");
        if (pages.isEmpty() || pages.get(0).warm.count() == 0) {
            out.printf(Locale.ROOT, "  warm, per %s: n/a (no Chromium figures)   goal >= %.0fx: NOT CHECKED%n", noun(), SPEED_GOAL);
        }
        for (Page page : pages) {
            if (page.warm.count() > 0) {
                double ratio = page.warm.medianMs() / pdfWarm.medianMs();
                out.printf(Locale.ROOT, "  %-37s %6.2fx   goal >= %.0fx: %s%n", "warm, per " + noun() + ", " + page.label, ratio,
                        SPEED_GOAL,
                        ratio >= SPEED_GOAL ? "MET" : "NOT MET");
            }
        }
        for (Page page : pages) {
            if (page.cold.count() > 0 && kpidocsCold.count() > 0) {
                out.printf(Locale.ROOT, "  cold process, %-24s %6.2fx   (kpidocs starts a JVM and writes PDF and HTML)%n", page.label,
                        page.cold.medianMs() / kpidocsCold.medianMs());
            }
        }
        boolean heapMet = parallel.error() == null && live.error() == null
                && HeapWatch.mib(heap.peakUsed()) < HEAP_GOAL_MIB && HeapWatch.mib(liveHeap.maxLive()) < HEAP_GOAL_MIB;
        out.printf(Locale.ROOT, "heap, %d renders at once: peak %.1f MiB under a %.0f MiB limit, live %.1f MiB   goal < %.0f MiB: %s%n",
                settings.threads(), HeapWatch.mib(heap.peakUsed()), xmx, HeapWatch.mib(liveHeap.maxLive()), HEAP_GOAL_MIB,
                heapMet ? "MET" : "NOT MET");
        if (settings.threads() != 2) {
            out.printf(Locale.ROOT, "  note: the heap goal is stated for 2 renders at once; this run used %d%n", settings.threads());
        }
        out.flush();
    }

    /** Chromium prints each page once; returns the browser, or null once it has failed. */
    private static Chromium.Warm printAll(Chromium.Warm browser, List<Page> pages, boolean timed)
            throws InterruptedException {
        if (browser == null) {
            return null;
        }
        for (Page page : pages) {
            if (timed) {
                Thread.sleep(SETTLE_MILLIS);
            }
            try {
                Chromium.Timed printed = browser.print(page.file);
                if (timed) {
                    page.warm.add(printed.nanos());
                    page.pdf = PdfFacts.of(printed.pdf());
                }
            } catch (IOException e) {
                page.warmError = e.getMessage();
                browser.close();
                return null;
            }
        }
        return browser;
    }

    private String noun() {
        return settings.document().noun();
    }

    private void row(String label, Samples s) {
        out.printf(Locale.ROOT, "  %-42s %8.1f %8.1f %8.1f %8.1f  %4d%n", label, s.medianMs(), s.p90Ms(), s.minMs(),
                s.maxMs(), s.count());
    }

    private void note(String what) {
        progress.println("bench: " + what);
        progress.flush();
    }

    /**
     * Each thread renders the PDF {@code perThread} times back to back; all start together and the
     * wall time runs until the last finishes. The heap is collected first so the peaks belong to this
     * phase. With {@code forceFullGc}, this thread meanwhile forces a full collection at a fixed
     * interval, so that the heap right after it is what the renders in flight hold.
     */
    private Parallel parallel(int perThread, boolean forceFullGc) throws InterruptedException {
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
                    for (int i = 0; i < perThread; i++) {
                        long s = System.nanoTime();
                        subject.pdf();
                        renders.add(System.nanoTime() - s);
                    }
                    return null;
                }));
            }
            long s = System.nanoTime();
            start.countDown();
            if (forceFullGc) {
                pool.shutdown();
                while (!pool.awaitTermination(LIVE_SAMPLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    System.gc();
                }
            }
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
