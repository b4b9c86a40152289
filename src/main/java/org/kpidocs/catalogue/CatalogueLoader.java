package org.kpidocs.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the catalogue from the two reference files kept verbatim under
 * {@code /catalogue/<version>/}: {@code u4ssc-kpis.csv} (structure, unit, SDG targets) and
 * {@code u4ssc-kpis-details.csv} (second type label, data points, evidence). A trailing {@code ?}
 * in a cell marks it inferred; the loader records that instead of dropping it.
 */
final class CatalogueLoader {

    /** Category codes by name; the code of a category is fixed by Rec. ITU-T Y.4903 (domain §2.1). */
    private static final Map<String, String> CATEGORY_CODES = Map.ofEntries(
            Map.entry("ICT Infrastructure", "ICT"), Map.entry("Water and Sanitation", "WS"),
            Map.entry("Drainage", "D"), Map.entry("Electricity Supply", "ES"), Map.entry("Transport", "T"),
            Map.entry("Public Sector", "PS"), Map.entry("Innovation", "IN"), Map.entry("Employment", "EM"),
            Map.entry("Waste", "WA"), Map.entry("Buildings", "B"), Map.entry("Urban Planning", "UP"),
            Map.entry("Air Quality", "AQ"), Map.entry("Environmental Quality", "EQ"),
            Map.entry("Public Space and Nature", "PSN"), Map.entry("Energy", "E"), Map.entry("Education", "ED"),
            Map.entry("Health", "H"), Map.entry("Culture", "C"), Map.entry("Housing", "HO"),
            Map.entry("Social Inclusion", "SI"), Map.entry("Safety", "SA"), Map.entry("Food Security", "FS"));

    /**
     * The one KPI whose code names another category: Electronic Health Records is numbered as if in
     * Education but sits in Health (Collection Methodology 2017 p.101).
     */
    private static final String CATEGORY_ANOMALY = "SC: EH: ED: 5A";

    private CatalogueLoader() {
    }

    static Catalogue load(String version) {
        Map<String, CSVRecord> details = new HashMap<>();
        for (CSVRecord r : read("/catalogue/" + version + "/u4ssc-kpis-details.csv")) {
            details.put(r.get("code"), r);
        }
        Map<Category, Category> categories = new HashMap<>();
        List<Kpi> kpis = new ArrayList<>();
        Map<String, String> dataPointUnits = dataPointUnits();
        for (CSVRecord r : read("/catalogue/" + version + "/u4ssc-kpis.csv")) {
            kpis.add(kpi(r, details.get(r.get("code")), categories, dataPointUnits));
        }
        if (details.size() != kpis.size()) {
            throw new IllegalStateException("Catalogue " + version + ": " + details.size()
                    + " detail rows for " + kpis.size() + " KPIs");
        }
        return new Catalogue(version, kpis);
    }

    private static Kpi kpi(CSVRecord r, CSVRecord detail, Map<Category, Category> categories,
                           Map<String, String> dataPointUnits) {
        String codeText = r.get("code");
        if (detail == null) {
            throw new IllegalStateException("No detail row for KPI " + codeText);
        }
        KpiCode code = KpiCode.parse(codeText)
                .orElseThrow(() -> new IllegalStateException("Malformed KPI code in catalogue: " + codeText));
        Dimension dimension = Dimension.find(r.get("dimension"))
                .orElseThrow(() -> new IllegalStateException("Unknown dimension for " + codeText));
        SubDimension sub = SubDimension.find(dimension, r.get("sub_dimension"))
                .orElseThrow(() -> new IllegalStateException("Unknown sub-dimension for " + codeText));
        String categoryName = r.get("category");
        String categoryCode = CATEGORY_CODES.get(categoryName);
        if (categoryCode == null) {
            throw new IllegalStateException("Unknown category '" + categoryName + "' for " + codeText);
        }
        if (!code.dimension().equals(dimension.code()) || !code.subDimension().equals(sub.code())
                || (!code.category().equals(categoryCode) && !codeText.equals(CATEGORY_ANOMALY))) {
            throw new IllegalStateException("Code " + codeText + " disagrees with its place in the catalogue");
        }
        Category category = categories.computeIfAbsent(new Category(sub, categoryCode, categoryName), c -> c);

        Cell name = Cell.of(r.get("name"));
        Cell type = Cell.of(r.get("type"));
        Cell unit = Cell.of(r.get("unit"));
        Cell sdg = Cell.of(r.get("sdg_targets"));
        KpiType kpiType = KpiType.valueOf(type.value().toUpperCase(Locale.ROOT));
        if (kpiType != code.type()) {
            throw new IllegalStateException("Type of " + codeText + " disagrees with its code suffix");
        }
        List<DataPoint> dataPoints = new ArrayList<>();
        for (String dp : split(detail.get("data_points"))) {
            String dpUnit = dataPointUnits.get(codeText + " / " + dp);
            if (dpUnit == null) {
                throw new IllegalStateException("No benchmark row (unit) for data point " + codeText + " / " + dp);
            }
            dataPoints.add(new DataPoint(dp, dpUnit, ValueKind.ofUnit(dpUnit)));
        }
        String nature = detail.get("type_2");
        return new Kpi(code, name.value(), category, kpiType,
                nature.isBlank() ? null : KpiNature.valueOf(nature.strip().toUpperCase(Locale.ROOT)),
                unit.value(), ValueKind.ofUnit(unit.value()), split(sdg.value()), dataPoints,
                Evidence.valueOf(detail.get("evidence").strip()),
                new Kpi.Inferred(name.inferred(), type.inferred(), unit.inferred(), sdg.inferred()),
                r.get("source"), detail.get("note"));
    }

    /** Data-point units come from the benchmark file, the only source that gives one per data point. */
    private static Map<String, String> dataPointUnits() {
        Map<String, String> units = new HashMap<>();
        for (CSVRecord r : read(BenchmarkSet.resource(BenchmarkSet.CURRENT_VERSION))) {
            if (r.get("code").contains("/")) {
                units.put(r.get("code"), r.get("unit"));
            }
        }
        return units;
    }

    static List<CSVRecord> read(String resource) {
        InputStream in = CatalogueLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static List<String> split(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A cell value with the source file's trailing "?" (inferred) marker split off. */
    private record Cell(String value, boolean inferred) {
        static Cell of(String raw) {
            String v = raw.strip();
            return v.endsWith("?") ? new Cell(v.substring(0, v.length() - 1).strip(), true) : new Cell(v, false);
        }
    }
}
