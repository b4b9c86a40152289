package org.kpidocs.workbook;

/**
 * One row of the City Profile sheet, in sheet order. The hidden key column holds {@link #key()}: the
 * dotted path of the dataset field the value goes to ({@code city.name}, {@code reportingYear},
 * {@code verification.mode}). A reader finds each field by its key, never by position; section band
 * rows have no key.
 */
enum ProfileField {
    REPORTING_YEAR(Section.CITY, "reportingYear", Input.YEAR, true),
    NAME(Section.CITY, "city.name", Input.SHORT_TEXT, true),
    COUNTRY(Section.CITY, "city.country", Input.SHORT_TEXT, true),
    REGION(Section.CITY, "city.region", Input.SHORT_TEXT, false),
    POPULATION(Section.CITY, "city.population", Input.WHOLE_POSITIVE, false),
    HOUSEHOLDS(Section.CITY, "city.households", Input.WHOLE_POSITIVE, false),
    AREA(Section.CITY, "city.areaKm2", Input.POSITIVE, false),
    GDP(Section.CITY, "city.gdp", Input.NON_NEGATIVE, false),
    CURRENCY(Section.CITY, "city.currency", Input.CURRENCY, false),
    HOUSEHOLD_INCOME(Section.CITY, "city.householdIncome", Input.NON_NEGATIVE, false),
    INFLATION(Section.CITY, "city.inflationRate", Input.INFLATION, false),
    DESCRIPTION(Section.CITY, "city.description", Input.LONG_TEXT, false),
    VERIFIER(Section.VERIFICATION, "verification.verifier", Input.SHORT_TEXT, false),
    ORGANISATION(Section.VERIFICATION, "verification.organisation", Input.SHORT_TEXT, false),
    MODE(Section.VERIFICATION, "verification.mode", Input.MODE, false),
    COMPLETED_ON(Section.VERIFICATION, "verification.completedOn", Input.DATE, false),
    REPORT_DATE(Section.VERIFICATION, "verification.reportDate", Input.MONTH, false);

    /** The band a field sits under: the city's own data, then the verifier's record. */
    enum Section {
        CITY, VERIFICATION;

        String labelKey() {
            return "profile.section." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What the value cell accepts; each has its own data validation and number format. */
    enum Input {
        /** Text of at most 200 characters. */
        SHORT_TEXT,
        /** Text of at most 4000 characters. */
        LONG_TEXT,
        /** A whole number &gt; 0. */
        WHOLE_POSITIVE,
        /** A number &gt; 0. */
        POSITIVE,
        /** A number ≥ 0. */
        NON_NEGATIVE,
        /** A percentage per year from −100 to 100 000. */
        INFLATION,
        /** A whole number 1990–2100. */
        YEAR,
        /** An ISO 4217 code from the hidden list. */
        CURRENCY,
        /** One of {@link TemplateLayout#MODES}. */
        MODE,
        /** A date 1990-01-01 to 2100-12-31 (an Excel date serial); dataset {@code YYYY-MM-DD}. */
        DATE,
        /** A date whose year and month count; dataset {@code YYYY-MM}. */
        MONTH
    }

    private final Section section;
    private final String key;
    private final Input input;
    private final boolean required;

    ProfileField(Section section, String key, Input input, boolean required) {
        this.section = section;
        this.key = key;
        this.input = input;
        this.required = required;
    }

    Section section() {
        return section;
    }

    /** The dotted dataset path, written in the hidden key column. */
    String key() {
        return key;
    }

    Input input() {
        return input;
    }

    /** Whether the dataset cannot be accepted without it (marked with * on the sheet). */
    boolean required() {
        return required;
    }

    String labelKey() {
        return "profile." + key;
    }

    String notesKey() {
        return "profile." + key + ".notes";
    }
}
