package org.kpidocs.catalogue;

/**
 * One data point of a KPI that is reported in several parts (Air Pollution: PM10, PM2.5 …). Reports
 * count and score each data point on its own (domain reference §2.4).
 */
public record DataPoint(String name, String unit, ValueKind valueKind) {

    /** The factor that turns numerator / denominator into a value of this data point. */
    public double scale() {
        return valueKind.scale(unit);
    }

    /** The item reference of this data point, e.g. {@code EN: EN: AQ: 1C / PM2.5}. */
    public ItemRef ref(KpiCode kpi) {
        return new ItemRef(kpi, name);
    }
}
