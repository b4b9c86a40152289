package org.kpidocs.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The KPI catalogue: the 91 KPIs in published order, with lookups by code. Immutable; load it once
 * with {@link #load()}.
 */
public final class Catalogue {

    /** The catalogue shipped with this build. */
    public static final String CURRENT_VERSION = "u4ssc-2022";

    private final String version;
    private final List<Kpi> kpis;
    private final Map<KpiCode, Kpi> byCode = new LinkedHashMap<>();
    private final List<Category> categories;

    Catalogue(String version, List<Kpi> kpis) {
        this.version = version;
        this.kpis = List.copyOf(kpis);
        for (Kpi kpi : kpis) {
            if (byCode.put(kpi.code(), kpi) != null) {
                throw new IllegalStateException("Duplicate KPI code in catalogue " + version + ": " + kpi.code());
            }
        }
        this.categories = kpis.stream().map(Kpi::category).distinct().toList();
    }

    /** Loads the catalogue shipped with this build from the classpath. */
    public static Catalogue load() {
        return CatalogueLoader.load(CURRENT_VERSION);
    }

    /** Version of the catalogue, named after the publication it follows. */
    public String version() {
        return version;
    }

    /** All KPIs in published order (dimension, sub-dimension, category, number). */
    public List<Kpi> kpis() {
        return kpis;
    }

    /** All categories in published order; the same name may appear under several sub-dimensions. */
    public List<Category> categories() {
        return categories;
    }

    /** Finds a KPI by a code in any accepted spelling. */
    public Optional<Kpi> find(String code) {
        return KpiCode.parse(code).map(byCode::get);
    }

    public Optional<Kpi> find(KpiCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every scorable item of the catalogue: KPIs without data points and all data points. */
    public List<ItemRef> items() {
        return kpis.stream().flatMap(k -> k.items().stream()).toList();
    }
}
