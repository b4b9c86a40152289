package org.kpidocs.catalogue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A U4SSC KPI code such as {@code EC: ICT: ICT: 1C}: dimension, sub-dimension, category, running
 * number and C (core) or A (advanced).
 *
 * <p>Official pages vary the spacing ({@code SC: EH: ED:1C} in the Verification Manual 2022 p.117),
 * so parsing tolerates any spacing and case and also accepts the compact URL form
 * {@code EC-ICT-ICT-1C}; {@link #toString()} always gives the canonical form with single spaces.
 * The category part of a code is not always the KPI's category ({@code SC: EH: ED: 5A} sits in
 * Health): take the category from the catalogue, never from the code.
 */
public record KpiCode(String dimension, String subDimension, String category, int number, KpiType type) {

    private static final Pattern CANONICAL = Pattern.compile(
            "(EC|EN|SC)\\s*:\\s*(ICT|P|I|EN|E|EH|SH)\\s*:\\s*([A-Z]{1,3})\\s*:\\s*(\\d{1,2})\\s*([CA])");
    private static final Pattern COMPACT = Pattern.compile(
            "(EC|EN|SC)-(ICT|P|I|EN|E|EH|SH)-([A-Z]{1,3})-(\\d{1,2})([CA])");

    /** Parses a code in canonical (any spacing) or compact form; empty when it is not a KPI code. */
    public static Optional<KpiCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (Pattern p : new Pattern[] {CANONICAL, COMPACT}) {
            Matcher m = p.matcher(upper);
            if (m.matches()) {
                return Optional.of(new KpiCode(m.group(1), m.group(2), m.group(3),
                        Integer.parseInt(m.group(4)), KpiType.ofSuffix(m.group(5).charAt(0))));
            }
        }
        return Optional.empty();
    }

    /** The compact form used in URLs and file names, e.g. {@code EC-ICT-ICT-1C}. */
    public String compact() {
        return dimension + "-" + subDimension + "-" + category + "-" + number + type.suffix();
    }

    /** The canonical form, e.g. {@code EC: ICT: ICT: 1C}. */
    @Override
    public String toString() {
        return dimension + ": " + subDimension + ": " + category + ": " + number + type.suffix();
    }
}
