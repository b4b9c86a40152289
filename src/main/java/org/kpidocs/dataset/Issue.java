package org.kpidocs.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One problem or warning found in a dataset: where (a JSON pointer such as {@code /kpis/3/value}),
 * which KPI it concerns, and a message key with its arguments. The words live in the message bundle
 * under {@code key} (what is wrong) and {@code key + ".allowed"} (what is allowed).
 *
 * @param cell where the value came from when the dataset was read from a Data Collection Template,
 *             as an Excel cell reference with the sheet name ({@code 'KPI Data'!H42}); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Issue(String pointer, String kpi, String key, List<String> args, String cell) {

    public Issue {
        args = List.copyOf(args);
    }

    /** An issue without a cell, as the JSON route finds them. */
    public Issue(String pointer, String kpi, String key, List<String> args) {
        this(pointer, kpi, key, args, null);
    }

    static Issue of(String pointer, String kpi, String key, Object... args) {
        return new Issue(pointer, kpi, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** An issue found in a cell of an uploaded workbook. */
    public static Issue inCell(String pointer, String kpi, String cell, String key, Object... args) {
        return new Issue(pointer, kpi, key, java.util.Arrays.stream(args).map(String::valueOf).toList(), cell);
    }

    /** This issue located at {@code cell}. */
    public Issue withCell(String cell) {
        return new Issue(pointer, kpi, key, args, cell);
    }
}
