package org.kpidocs.bench;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Warm render time of one document in several languages, measured in one JVM and interleaved (each
 * round renders every language once), so that JIT warm-up, heap state and machine noise fall on all
 * languages alike. Prints median and p90 per language and the ratio of each median to the first
 * language's (English), against the goal that no language is more than {@link #GOAL} times slower.
 */
public final class LanguageBenchmark {

    /** The goal: no language slower than 1.5 × English. */
    static final double GOAL = 1.5;

    private final Map<String, Supplier<byte[]>> renders;
    private final int warmup;
    private final int runs;
    private final PrintWriter out;

    /**
     * @param renders one PDF render per language tag, the reference language first
     */
    public LanguageBenchmark(Map<String, Supplier<byte[]>> renders, int warmup, int runs, PrintWriter out) {
        this.renders = new LinkedHashMap<>(renders);
        this.warmup = warmup;
        this.runs = runs;
        this.out = out;
    }

    /** Runs the measurement and prints the table; answers whether every language met the goal. */
    public boolean run() {
        Map<String, Samples> samples = new LinkedHashMap<>();
        Map<String, PdfFacts> facts = new LinkedHashMap<>();
        renders.forEach((lang, render) -> {
            samples.put(lang, new Samples());
            facts.put(lang, PdfFacts.of(render.get()));
        });
        for (int i = 0; i < warmup; i++) {
            renders.values().forEach(Supplier::get);
        }
        for (int i = 0; i < runs; i++) {
            renders.forEach((lang, render) -> {
                long start = System.nanoTime();
                render.get();
                samples.get(lang).add(System.nanoTime() - start);
            });
        }
        List<String> langs = List.copyOf(renders.keySet());
        double reference = samples.get(langs.get(0)).medianMs();
        out.printf(Locale.ROOT, "Warm PDF render per language (%d warm-up rounds, %d timed rounds, interleaved)%n",
                warmup, runs);
        out.printf(Locale.ROOT, "%-6s %6s %10s %10s %8s %9s  %s%n", "lang", "pages", "bytes", "median ms", "p90 ms",
                "ratio", "goal <= " + GOAL + "x " + langs.get(0));
        boolean met = true;
        for (String lang : langs) {
            Samples s = samples.get(lang);
            double ratio = s.medianMs() / reference;
            boolean ok = ratio <= GOAL;
            met &= ok;
            out.printf(Locale.ROOT, "%-6s %6d %10d %10.1f %8.1f %8.2fx  %s%n", lang, facts.get(lang).pages(),
                    facts.get(lang).bytes(), s.medianMs(), s.p90Ms(), ratio, ok ? "met" : "NOT met");
        }
        out.flush();
        return met;
    }
}
