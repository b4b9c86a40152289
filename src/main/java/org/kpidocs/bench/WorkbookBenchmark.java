package org.kpidocs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetChecker;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.storage.Database;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.workbook.DataCollectionTemplate;
import org.kpidocs.workbook.WorkbookIngest;

/**
 * Measures the Data Collection Template both ways, as the service runs it:
 * <ol>
 *   <li><b>Ingest</b>: a template filled with every KPI of the dataset is written to a file and
 *       stored through {@link WorkbookIngest} (open, read, check, store in an in-memory database),
 *       the work of {@code POST /api/v1/datasets} after the body is spooled. Warm median of the runs.</li>
 *   <li><b>Generate</b>: the blank template, {@link DataCollectionTemplate#generate}, in English, Chinese
 *       and Arabic (right to left); and the ingest of a template filled in Arabic. Warm median.</li>
 *   <li><b>Large upload</b>: the same filled template with a picture pasted in until the file is
 *       {@code largeMiB} (a city's logo and photos are what make real workbooks large: text cannot,
 *       since the reader refuses XML parts over 16 MiB). It is ingested repeatedly while another thread
 *       forces a full collection every 100 ms; the largest heap right after such a collection, less
 *       the heap held before the phase, is what one ingest of that file holds at once.</li>
 * </ol>
 */
public final class WorkbookBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalogue catalogue = Catalogue.load();
    private final BenchmarkSet benchmarks = BenchmarkSet.load(catalogue);
    private final PrintWriter out;
    private final PrintWriter progress;

    public WorkbookBenchmark(PrintWriter out, PrintWriter progress) {
        this.out = out;
        this.progress = progress;
    }

    /**
     * @param dataset  the dataset JSON the template is filled with
     * @param largeMiB size of the large upload, in MiB
     */
    public void run(Path dataset, int warmup, int runs, int largeMiB) throws IOException {
        JsonNode json = JSON.readTree(dataset.toFile());
        byte[] filled = DataCollectionTemplate.filledWith(catalogue, benchmarks, json, DocumentLanguage.EN);
        Path dir = Files.createTempDirectory("kpidocs-bench-workbook-");
        try (Database database = Database.open("jdbc:h2:mem:bench-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 2)) {
            DatasetService service = new DatasetService(new DatasetChecker(catalogue, benchmarks), database.datasets(),
                    Clock.systemUTC(), () -> UUID.randomUUID().toString());
            WorkbookIngest ingest = new WorkbookIngest(service, catalogue);
            Path file = Files.write(dir.resolve("filled.xlsx"), filled);
            int kpis = ingest.create(file).dataset().kpis().size();

            out.printf(Locale.ROOT, "kpidocs bench-workbook: U4SSC Data Collection Template, filled from %s%n", dataset);
            out.printf(Locale.ROOT, "  machine    %d CPUs; java %s; heap limit %.0f MiB (%s)%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"),
                    HeapWatch.mib(HeapWatch.maxHeapBytes()), HeapWatch.maxHeapGiven() ? "-Xmx given" : "JVM default");
            out.printf(Locale.ROOT, "  workbook   %,d bytes, %d KPI entries; %d warm-up and %d timed runs each%n",
                    filled.length, kpis, warmup, runs);

            progress.println("ingest…");
            Samples ingestTimes = time(warmup, runs, () -> ingest.create(file));
            Path arabic = Files.write(dir.resolve("filled-ar.xlsx"),
                    DataCollectionTemplate.filledWith(catalogue, benchmarks, json, DocumentLanguage.AR));
            Samples arabicIngestTimes = time(warmup, runs, () -> ingest.create(arabic));
            Map<DocumentLanguage, Samples> generateTimes = new LinkedHashMap<>();
            for (DocumentLanguage language : List.of(DocumentLanguage.EN, DocumentLanguage.ZH, DocumentLanguage.AR)) {
                progress.println("generate " + language.tag() + "…");
                generateTimes.put(language, time(warmup, runs,
                        () -> DataCollectionTemplate.generate(catalogue, benchmarks, language)));
            }
            out.println();
            out.println("warm, one at a time (ms)                        median      p90      min      max  runs");
            print(out, "ingest filled template (read, check, store)", ingestTimes);
            print(out, "ingest template filled in Arabic", arabicIngestTimes);
            generateTimes.forEach((language, samples) ->
                    print(out, "generate blank template (" + language.tag() + ")", samples));

            progress.println("large upload…");
            byte[] large = withPicture(filled, largeMiB << 20);
            Path largeFile = Files.write(dir.resolve("large.xlsx"), large);
            Samples largeTimes = time(1, 3, () -> ingest.create(largeFile));
            Live live = liveHeap(() -> ingest.create(largeFile), 8);
            out.println();
            out.printf(Locale.ROOT, "large upload: %,d bytes (%.1f MiB; the filled template and one picture)%n",
                    large.length, HeapWatch.mib(large.length));
            print(out, "ingest large workbook (ms)", largeTimes);
            out.printf(Locale.ROOT, "  live heap before                            %.1f MiB%n", HeapWatch.mib(live.before()));
            out.printf(Locale.ROOT, "  live heap while ingesting, largest          %.1f MiB (%d forced full collections)%n",
                    HeapWatch.mib(live.max()), live.samples());
            out.printf(Locale.ROOT, "  held by one ingest of the large workbook    %.1f MiB%n",
                    HeapWatch.mib(Math.max(0, live.max() - live.before())));
            out.printf(Locale.ROOT, "  peak heap used (GC notifications)           %.1f MiB%n", HeapWatch.mib(live.peakUsed()));
            out.flush();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /** The workbook with one incompressible picture on the Instructions sheet, so that the file reaches {@code size}. */
    static byte[] withPicture(byte[] workbook, int size) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(size + (1 << 20))) {
            byte[] picture = new byte[Math.max(1, size - workbook.length)];
            new Random(20).nextBytes(picture);
            // A PNG signature in front: the part is a picture to Excel; nobody decodes it here.
            System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, picture, 0, 8);
            int index = wb.addPicture(picture, Workbook.PICTURE_TYPE_PNG);
            XSSFSheet sheet = wb.getSheetAt(0);
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(7);
            anchor.setRow1(2);
            anchor.setCol2(10);
            anchor.setRow2(12);
            sheet.createDrawingPatriarch().createPicture(anchor, index);
            wb.write(bytes);
            return bytes.toByteArray();
        }
    }

    private record Live(long before, long max, int samples, long peakUsed) {
    }

    /** Runs {@code work} {@code times} while a thread forces full collections; see the class description. */
    private static Live liveHeap(Runnable work, int times) {
        System.gc();
        long before = usedHeap();
        try (HeapWatch heap = new HeapWatch()) {
            AtomicBoolean running = new AtomicBoolean(true);
            Thread collector = new Thread(() -> {
                while (running.get()) {
                    System.gc();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-gc");
            collector.setDaemon(true);
            collector.start();
            for (int i = 0; i < times; i++) {
                work.run();
            }
            running.set(false);
            try {
                collector.join();
                Thread.sleep(200); // GC notifications arrive on their own thread
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            HeapWatch.Result r = heap.result();
            return new Live(before, r.maxLive(), r.liveSamples(), r.peakUsed());
        }
    }

    private static long usedHeap() {
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void print(PrintWriter out, String label, Samples s) {
        out.printf(Locale.ROOT, "  %-44s %7.1f  %7.1f  %7.1f  %7.1f  %4d%n", label, s.medianMs(), s.p90Ms(), s.minMs(),
                s.maxMs(), s.count());
    }

    private static Samples time(int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            samples.add(System.nanoTime() - start);
        }
        return samples;
    }
}
