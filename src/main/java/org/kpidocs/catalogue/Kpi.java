package org.kpidocs.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One of the 91 U4SSC KPIs with everything the catalogue knows about it.
 *
 * @param code            the KPI code
 * @param name            the canonical English name
 * @param category        the category (from the catalogue, not the code)
 * @param type            core or advanced
 * @param nature          smart, sustainable or structural; null where no official page says
 * @param unit            the unit as the catalogue gives it
 * @param valueKind       the kind of number a value of this KPI is
 * @param sdgTargets      SDG targets the KPI is linked to, e.g. {@code 17.8}
 * @param dataPoints      the data points of a multi-part KPI; empty for a single-value KPI
 * @param evidence        how well the row is supported by public U4SSC material
 * @param inferred        which cells of the row are inferred rather than read in a publication
 * @param source          where the row was read
 * @param note            a remark from the catalogue, may be empty
 */
public record Kpi(KpiCode code, String name, Category category, KpiType type, KpiNature nature,
                  String unit, ValueKind valueKind, List<String> sdgTargets, List<DataPoint> dataPoints,
                  Evidence evidence, Inferred inferred, String source, String note) {

    /** Cells of a catalogue row that are marked inferred ({@code ?}) in the source file. */
    public record Inferred(boolean name, boolean type, boolean unit, boolean sdgTargets) {
    }

    public Kpi {
        sdgTargets = List.copyOf(sdgTargets);
        dataPoints = List.copyOf(dataPoints);
    }

    public SubDimension subDimension() {
        return category.subDimension();
    }

    public Dimension dimension() {
        return category.dimension();
    }

    public boolean hasDataPoints() {
        return !dataPoints.isEmpty();
    }

    /** Finds a data point by name, ignoring case, spacing and hyphens ("para-transport"). */
    public Optional<DataPoint> dataPoint(String name) {
        String wanted = normalise(name);
        return dataPoints.stream().filter(d -> normalise(d.name()).equals(wanted)).findFirst();
    }

    /** The factor that turns numerator / denominator into a value of this KPI; see {@link ValueKind#scale}. */
    public double scale() {
        return valueKind.scale(unit);
    }

    /** The scorable items of this KPI: its data points, or the KPI itself. */
    public List<ItemRef> items() {
        if (dataPoints.isEmpty()) {
            return List.of(ItemRef.of(code));
        }
        return dataPoints.stream().map(d -> d.ref(code)).toList();
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
