package org.kpidocs.document;

import org.kpidocs.catalogue.ValueKind;

/**
 * Values with their units as the result tables print them: "97.00 %", "2 716.67 per 100 000
 * inhabitants", "1.32 ratio (peak / free-flow travel time)" becomes "1.32". The catalogue's unit
 * texts carry explanations in parentheses and inference marks that do not belong in a result cell.
 */
public final class Units {

    private Units() {
    }

    /**
     * @param yes the word for a yes answer in the document language
     * @param no  the word for a no answer
     * @param units the document's words for a unit, given its English short form ({@link #key})
     */
    public static String result(double value, ValueKind kind, String unit, Formats formats, String yes, String no,
                                java.util.function.UnaryOperator<String> units) {
        return switch (kind) {
            case YES_NO -> value >= 0.5 ? yes : no;
            case PERCENT -> formats.percent(value);
            case FRACTION -> formats.decimal(value);
            case NON_NEGATIVE -> {
                String shown = value == Math.rint(value) && Math.abs(value) < 1e15
                        ? formats.integer((long) value) : formats.decimal(value);
                String u = shortUnit(unit);
                yield u.isEmpty() ? shown : shown + " " + units.apply(key(u));
            }
        };
    }

    /**
     * The message key of a short unit: "per 100 000 inhabitants" → {@code unit.per-100-000-inhabitants}.
     * Every short unit of the catalogue has one in the document bundle (checked by a test).
     */
    public static String key(String shortUnit) {
        return "unit." + shortUnit.toLowerCase(java.util.Locale.ROOT).replace("µ", "u")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The unit without explanations: "number per 100 000 inhabitants?" → "per 100 000 inhabitants". */
    public static String shortUnit(String unit) {
        String u = unit.replace("?", "").replaceAll("\\s*\\([^)]*\\)", "").strip();
        if (u.startsWith("number per ")) {
            return u.substring("number ".length());
        }
        if (u.startsWith("number of ") || u.equals("number") || u.startsWith("ratio") || u.startsWith("coefficient")) {
            return "";
        }
        return u;
    }
}
