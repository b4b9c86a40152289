package org.kpidocs.catalogue;

import java.util.Optional;

/**
 * Names one scorable item: a KPI without data points, or one data point of a KPI. Written
 * {@code EC: ICT: ICT: 1C} or {@code EN: EN: AQ: 1C / PM2.5}, as in the benchmark file.
 */
public record ItemRef(KpiCode kpi, String dataPoint) {

    public static ItemRef of(KpiCode kpi) {
        return new ItemRef(kpi, null);
    }

    /** Parses {@code <code>} or {@code <code> / <data point>}; the data point is not checked here. */
    public static Optional<ItemRef> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return KpiCode.parse(text).map(ItemRef::of);
        }
        String dataPoint = text.substring(slash + 1).strip();
        if (dataPoint.isEmpty()) {
            return Optional.empty();
        }
        return KpiCode.parse(text.substring(0, slash)).map(code -> new ItemRef(code, dataPoint));
    }

    public boolean isDataPoint() {
        return dataPoint != null;
    }

    @Override
    public String toString() {
        return dataPoint == null ? kpi.toString() : kpi + " / " + dataPoint;
    }
}
