package org.kpidocs.document;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.catalogue.Benchmark;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Confidence;
import org.kpidocs.catalogue.ItemRef;

/**
 * What the "Benchmarks and Scoring Methodology" sections say about the targets: how many items of the
 * reference set rest on an official, derived or proposed basis or have none, and which targets the
 * dataset replaced (with the reference value each replaced).
 */
public record Targets(String official, String derived, String proposed, String none, List<Override> overrides) {

    /** A target the verifier replaced, as printed. */
    public record Override(String item, String reference, String target) {
    }

    /** @param na the word for "no target" in the document language */
    public static Targets of(Assessment a, Catalogue catalogue, BenchmarkSet benchmarks, Formats f, String na) {
        Map<Confidence, Long> byConfidence = new EnumMap<>(Confidence.class);
        for (ItemRef item : catalogue.items()) {
            Benchmark b = benchmarks.find(item).orElseThrow();
            byConfidence.merge(b.scorable() ? b.confidence() : Confidence.NONE, 1L, Long::sum);
        }
        List<Override> overrides = a.overriddenTargets().stream()
                .map(o -> new Override(o.item(), target(o.referenceTarget(), f, na), target(o.target(), f, na))).toList();
        return new Targets(count(byConfidence, Confidence.OFFICIAL, f), count(byConfidence, Confidence.DERIVED, f),
                count(byConfidence, Confidence.PROPOSED, f), count(byConfidence, Confidence.NONE, f), overrides);
    }

    private static String count(Map<Confidence, Long> m, Confidence c, Formats f) {
        return f.integer(m.getOrDefault(c, 0L));
    }

    /** A target as printed: whole numbers without decimals, N/A for none. */
    public static String target(Double t, Formats f, String na) {
        return t == null ? na : (t == Math.rint(t) && Math.abs(t) < 1e15 ? f.integer(t.longValue()) : f.decimal(t));
    }
}
