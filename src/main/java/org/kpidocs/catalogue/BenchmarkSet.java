package org.kpidocs.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * The reference benchmark set: one target per scorable item, built from public bases because the
 * official U4SSC targets are unpublished (benchmarks reference, "How the set was built"). A KPI row
 * whose KPI has data points is kept for its basis text but is never scored itself.
 */
public final class BenchmarkSet {

    /** The reference set shipped with this build. */
    public static final String CURRENT_VERSION = "reference-2026.11";

    private final String version;
    private final Map<ItemRef, Benchmark> byItem;

    BenchmarkSet(String version, Map<ItemRef, Benchmark> byItem) {
        this.version = version;
        this.byItem = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byItem));
    }

    /** Loads the reference set shipped with this build and checks it covers every catalogue item. */
    public static BenchmarkSet load(Catalogue catalogue) {
        Map<ItemRef, Benchmark> byItem = new LinkedHashMap<>();
        for (CSVRecord r : CatalogueLoader.read(resource(CURRENT_VERSION))) {
            ItemRef item = ItemRef.parse(r.get("code"))
                    .orElseThrow(() -> new IllegalStateException("Malformed benchmark code " + r.get("code")));
            byItem.put(item, benchmark(item, r));
        }
        for (ItemRef item : catalogue.items()) {
            if (!byItem.containsKey(item)) {
                throw new IllegalStateException("Benchmark set " + CURRENT_VERSION + " lacks " + item);
            }
        }
        return new BenchmarkSet(CURRENT_VERSION, byItem);
    }

    static String resource(String version) {
        return "/benchmarks/" + version + "/u4ssc-benchmarks.csv";
    }

    private static Benchmark benchmark(ItemRef item, CSVRecord r) {
        String target = r.get("target").strip();
        String confidence = r.get("confidence").strip();
        Direction direction = Direction.find(r.get("direction"))
                .orElseThrow(() -> new IllegalStateException("Unknown direction for " + item));
        return new Benchmark(item, direction, target.isEmpty() ? null : Double.valueOf(target),
                r.get("unit"), r.get("basis"), r.get("source_url"),
                confidence.isEmpty() ? Confidence.NONE
                        : Confidence.valueOf(confidence.toUpperCase(java.util.Locale.ROOT)),
                r.get("note"));
    }

    public String version() {
        return version;
    }

    /** The reference target of an item; every catalogue item has one (possibly without a target). */
    public Optional<Benchmark> find(ItemRef item) {
        return Optional.ofNullable(byItem.get(item));
    }

    /** All benchmarks in file order. */
    public List<Benchmark> all() {
        return List.copyOf(byItem.values());
    }
}
