package org.kpidocs.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations in nanoseconds and their order statistics (nearest-rank; median of an even count is the mean of the middle two). */
final class Samples {

    private final List<Long> nanos = new ArrayList<>();

    synchronized void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    synchronized int count() {
        return nanos.size();
    }

    synchronized List<Long> sorted() {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s;
    }

    double medianMs() {
        List<Long> s = sorted();
        int n = s.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? ms(s.get(n / 2)) : (ms(s.get(n / 2 - 1)) + ms(s.get(n / 2))) / 2;
    }

    /** The smallest value at or above 90 % of the values (nearest rank). */
    double p90Ms() {
        List<Long> s = sorted();
        return s.isEmpty() ? Double.NaN : ms(s.get((int) Math.ceil(0.9 * s.size()) - 1));
    }

    double minMs() {
        List<Long> s = sorted();
        return s.isEmpty() ? Double.NaN : ms(s.get(0));
    }

    double maxMs() {
        List<Long> s = sorted();
        return s.isEmpty() ? Double.NaN : ms(s.get(s.size() - 1));
    }

    /** Every value, in the order measured, e.g. {@code [3012, 2987, 3101] ms}. */
    synchronized String listMs() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < nanos.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", ms(nanos.get(i))));
        }
        return b.append("] ms").toString();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
