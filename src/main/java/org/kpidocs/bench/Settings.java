package org.kpidocs.bench;

import java.nio.file.Path;

/**
 * How to run the benchmark.
 *
 * @param dataset     the dataset file; a cold process renders it through {@code kpidocs report} (or
 *                    {@code factsheet}, {@code snapshot})
 * @param warmup      untimed renders before timing starts (JIT, caches; Chromium's too)
 * @param runs        timed renders for the medians; also the renders per thread of the parallel phase
 * @param threads     threads rendering at once in the throughput and heap phase
 * @param chromium    the Chromium executable, or {@code null} to look for it
 * @param useChromium {@code false} to skip the Chromium side altogether
 * @param document    which document is measured
 */
public record Settings(Path dataset, int warmup, int runs, int threads, Path chromium, boolean useChromium,
                       Document document) {

    /** The documents the benchmark can measure. */
    public enum Document {
        REPORT("report", "U4SSC Verification Report", "report"),
        FACTSHEET("factsheet", "U4SSC Factsheet", "factsheet"),
        SNAPSHOT("snapshot", "U4SSC City Snapshot", "snapshot");

        private final String command;
        private final String title;
        private final String noun;

        Document(String command, String title, String noun) {
            this.command = command;
            this.title = title;
            this.noun = noun;
        }

        /** The kpidocs command that renders it offline (for the cold process). */
        public String command() {
            return command;
        }

        /** Its name in the table's heading. */
        public String title() {
            return title;
        }

        /** One of it, in the table's rows: "report", "factsheet". */
        public String noun() {
            return noun;
        }
    }

    /** Settings for the Verification Report. */
    public Settings(Path dataset, int warmup, int runs, int threads, Path chromium, boolean useChromium) {
        this(dataset, warmup, runs, threads, chromium, useChromium, Document.REPORT);
    }

    /** Cold processes started per engine; their median is reported. */
    static final int COLD_RUNS = 3;

    public Settings {
        if (warmup < 0 || runs < 1 || threads < 1) {
            throw new IllegalArgumentException("warmup must be >= 0, runs and threads >= 1");
        }
    }
}
