package org.kpidocs.dataset;

import java.util.List;

/**
 * One problem or warning found in a dataset: where (a JSON pointer such as {@code /kpis/3/value}),
 * which KPI it concerns, and a message key with its arguments. The words live in the message bundle
 * under {@code key} (what is wrong) and {@code key + ".allowed"} (what is allowed).
 */
public record Issue(String pointer, String kpi, String key, List<String> args) {

    public Issue {
        args = List.copyOf(args);
    }

    static Issue of(String pointer, String kpi, String key, Object... args) {
        return new Issue(pointer, kpi, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
