package org.kpidocs.bench;

import java.nio.file.Path;

/**
 * How to run the benchmark.
 *
 * @param dataset     the dataset file; a cold process renders it through {@code kpidocs report}
 * @param warmup      untimed renders before timing starts (JIT, caches; Chromium's too)
 * @param runs        timed renders for the medians; also the renders per thread of the parallel phase
 * @param threads     threads rendering at once in the throughput and heap phase
 * @param chromium    the Chromium executable, or {@code null} to look for it
 * @param useChromium {@code false} to skip the Chromium side altogether
 */
public record Settings(Path dataset, int warmup, int runs, int threads, Path chromium, boolean useChromium) {

    /** Cold processes started per engine; their median is reported. */
    static final int COLD_RUNS = 3;

    public Settings {
        if (warmup < 0 || runs < 1 || threads < 1) {
            throw new IllegalArgumentException("warmup must be >= 0, runs and threads >= 1");
        }
    }
}
