package org.kpidocs.workbook;

import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.kpidocs.dataset.DataQuality;

/**
 * The layout contract of the Data Collection Template: every sheet name, row and column position,
 * hidden marker and fixed value that the writer puts in and a reader takes out. Both sides use these
 * constants and nothing else, so a change here is a change of the template format and must bump
 * {@link #FORMAT}; a reader refuses a workbook whose {@link #FORMAT} cell it does not know.
 *
 * <p><b>Fixed English identifiers.</b> The sheet names, the YES/NO answers, the data-quality labels,
 * the verification modes and the hidden markers are part of the contract and are never translated:
 * a reader must find them whatever language the visible words are in. All other words (titles,
 * headers, hints, messages) come from the {@code messages/workbook} bundle and may change freely.
 *
 * <p>Rows and columns are 0-based indices as POI counts them; {@link KpiColumn#letter()} gives the
 * Excel letter.
 */
final class TemplateLayout {

    private TemplateLayout() {
    }

    /** Identifies the layout; the first hidden cell of the instructions sheet holds it. */
    static final String FORMAT = "kpidocs-template/1";

    // ---- sheets, in workbook order ------------------------------------------------------------

    static final String INSTRUCTIONS = "Instructions";
    static final String PROFILE = "City Profile";
    static final String KPI_DATA = "KPI Data";
    static final String BENCHMARKS = "Benchmarks";
    /** Hidden: sources of the drop-downs too long for an explicit list (the currency codes). */
    static final String LISTS = "Lists";
    static final List<String> SHEETS = List.of(INSTRUCTIONS, PROFILE, KPI_DATA, BENCHMARKS, LISTS);

    // ---- instructions: the version cells --------------------------------------------------------

    /** The hidden column of the instructions sheet that holds the version cells. */
    static final int VERSION_COLUMN = 0;
    /** Row of {@link #FORMAT} in {@link #VERSION_COLUMN}. */
    static final int FORMAT_ROW = 0;
    /** Row of the catalogue version, e.g. {@code u4ssc-2022}. */
    static final int CATALOGUE_ROW = 1;
    /** Row of the benchmark set version, e.g. {@code reference-2026.11}. */
    static final int BENCHMARK_SET_ROW = 2;

    // ---- rows shared by the data sheets (City Profile, KPI Data, Benchmarks) ----------------------

    /** A title line above the headers. */
    static final int TITLE_ROW = 0;
    /** The column headers; frozen, and repeated on every printed page. */
    static final int HEADER_ROW = 1;
    /** The first row below the headers. */
    static final int FIRST_DATA_ROW = 2;

    /**
     * Password of the sheet and workbook-structure protection. It is published here on purpose:
     * protection guards against accidents (a deleted row, a renamed sheet, a typed-over formula), not
     * against attackers. A reader must never trust a cell because it was locked; it checks every value.
     */
    static final String PASSWORD = "u4ssc-template";

    // ---- fixed answers --------------------------------------------------------------------------

    static final String YES = "YES";
    static final String NO = "NO";
    /** Shown by the calculated result until a numerator and a denominator are entered. */
    static final String NOT_REPORTED = "NR";

    /**
     * The six data-quality options as the drop-down shows them (the wording of the U4SSC Data
     * Collection Template, Verification Manual 2022 §10), in the order of {@link DataQuality}.
     */
    static final Map<DataQuality, String> QUALITY_LABELS = qualityLabels();

    private static Map<DataQuality, String> qualityLabels() {
        Map<DataQuality, String> labels = new LinkedHashMap<>();
        labels.put(DataQuality.ACCURATE_MEASUREMENT, "Based on accurate measurements");
        labels.put(DataQuality.SURVEY_EXTRAPOLATION, "Extrapolated from a survey of inhabitants");
        labels.put(DataQuality.HIGHER_LEVEL_EXTRAPOLATION, "Extrapolated from higher-level data");
        labels.put(DataQuality.ASSUMPTION_BASED_ESTIMATE, "Estimate based on certain assumptions");
        labels.put(DataQuality.PERSONAL_ESTIMATE, "Personal estimate");
        labels.put(DataQuality.UNKNOWN_METHODOLOGY, "Unknown methodology / not traceable");
        if (labels.size() != DataQuality.values().length) {
            throw new IllegalStateException("Every data quality needs a template label");
        }
        return Collections.unmodifiableMap(labels);
    }

    /** The verification modes offered in the profile, written as the dataset writes them. */
    static final List<String> MODES = List.of("remote", "on-site");

    /** The data quality a cell names: its label or its dataset id, ignoring case and outer spaces. */
    static Optional<DataQuality> quality(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return QUALITY_LABELS.entrySet().stream()
                .filter(e -> e.getValue().equalsIgnoreCase(t) || e.getKey().id().equalsIgnoreCase(t))
                .map(Map.Entry::getKey).findFirst();
    }

    /** {@code YES} → true, {@code NO} → false, ignoring case and outer spaces; anything else empty. */
    static Optional<Boolean> yesNo(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.equalsIgnoreCase(YES)) {
            return Optional.of(true);
        }
        return t.equalsIgnoreCase(NO) ? Optional.of(false) : Optional.empty();
    }

    /** The ISO 4217 codes the JDK knows, sorted: the currency drop-down, column A of {@link #LISTS}. */
    static List<String> currencies() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
    }

    /** Column of the currency codes on {@link #LISTS}, from row 0 down. */
    static final int CURRENCY_LIST_COLUMN = 0;

    // ---- KPI Data ----------------------------------------------------------------------------------

    /** Who fills a column, which decides its lock and fill. */
    enum Role {
        /** Fixed catalogue text; locked. */
        LABEL,
        /** Entered by the city; unlocked on item rows. */
        CITY,
        /** Entered by the verifier; unlocked on item rows. */
        VERIFIER,
        /** A formula; locked. */
        CALCULATED,
        /** A hidden machine-readable marker; locked. */
        HIDDEN
    }

    /**
     * The columns of {@link #KPI_DATA}, left to right: the declaration order is the column order.
     * On an {@link RowKind#ITEM} row the CITY and VERIFIER cells are the only unlocked cells (a yes/no
     * item leaves numerator and denominator locked: it has none).
     */
    enum KpiColumn {
        /** KPI code, e.g. {@code EN: EN: AQ: 1C}; empty on a data-point row. */
        CODE(16, Role.LABEL),
        /** KPI name, or the data point name (indented) on a data-point row. */
        NAME(28, Role.LABEL),
        UNIT(17, Role.LABEL),
        /** How to enter the value, from the unit and value kind ("Percentage 0–100"). */
        HINT(20, Role.LABEL),
        /** Number ≥ 0; dataset {@code numerator}. */
        NUMERATOR(11, Role.CITY),
        /** Number &gt; 0; dataset {@code denominator}. */
        DENOMINATOR(12, Role.CITY),
        /**
         * {@code =IF(AND(ISNUMBER(num),ISNUMBER(den),den<>0),num/den*scale,"NR")}; the text {@code NR}
         * on yes/no items. Display only: a reader recomputes from numerator and denominator.
         */
        CALCULATED(11, Role.CALCULATED),
        /**
         * The typed final value, overriding the calculation; dataset {@code value}. A number in the
         * item's range, or {@link #YES}/{@link #NO} on yes/no items.
         */
        VALUE(11, Role.CITY),
        /** Year of the data when it is not the reporting year; dataset {@code year}. */
        YEAR(7, Role.CITY),
        /** {@link #YES}/{@link #NO}; dataset {@code reported}; blank keeps the dataset default. */
        REPORTED(10, Role.CITY),
        /** {@link #YES}/{@link #NO}; dataset {@code verified}. */
        VERIFIED(10, Role.VERIFIER),
        /** One of {@link #QUALITY_LABELS}; dataset {@code dataQuality}. */
        QUALITY(22, Role.CITY),
        /** Free text; dataset {@code dataOrigin}. */
        ORIGIN(15, Role.CITY),
        /** Free text, one source per line; dataset {@code sources}. */
        SOURCES(22, Role.CITY),
        /** Free text; dataset {@code note}. */
        COMMENT(24, Role.VERIFIER),
        /** Hidden: the {@link RowKind} id of the row. */
        ROW_KIND(12, Role.HIDDEN),
        /** Hidden: the row's anchor, see {@link RowKind}. */
        ANCHOR(30, Role.HIDDEN);

        private final int width;
        private final Role role;

        KpiColumn(int width, Role role) {
            this.width = width;
            this.role = role;
        }

        int index() {
            return ordinal();
        }

        String letter() {
            return CellReference.convertNumToColString(ordinal());
        }

        /** Width in characters. */
        int width() {
            return width;
        }

        Role role() {
            return role;
        }

        String headerKey() {
            return "kpi.col." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        boolean input() {
            return role == Role.CITY || role == Role.VERIFIER;
        }

        /** The last visible column. */
        static final KpiColumn LAST_VISIBLE = COMMENT;
    }

    /** Columns of {@link #KPI_DATA} frozen at the left: code and name. */
    static final int KPI_FROZEN_COLUMNS = KpiColumn.NAME.index() + 1;

    /**
     * What a row of {@link #KPI_DATA} is, written in {@link KpiColumn#ROW_KIND}. Only {@link #ITEM}
     * rows hold data; the others are visual bands. A reader takes the rows whose kind is {@code item}
     * and matches each by its anchor, never by position.
     */
    enum RowKind {
        /** Band; anchor: dimension code, e.g. {@code EC}. */
        DIMENSION("dimension"),
        /** Band; anchor: sub-dimension code, e.g. {@code ICT}. */
        SUB_DIMENSION("sub-dimension"),
        /** Band; anchor: category key, e.g. {@code I/WS}. */
        CATEGORY("category"),
        /** Header of a KPI reported in data points (not an input row); anchor: the KPI code. */
        KPI("kpi"),
        /**
         * One scorable item, the only input row; anchor: {@code ItemRef.toString()}, e.g.
         * {@code EC: ICT: ICT: 1C} or {@code EN: EN: AQ: 1C / PM2.5}. Each catalogue item has exactly one.
         */
        ITEM("item");

        private final String id;

        RowKind(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        static Optional<RowKind> find(String id) {
            return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
        }
    }

    // ---- City Profile -----------------------------------------------------------------------------

    /** The columns of {@link #PROFILE}: label (locked), value (unlocked), notes (locked), key (hidden). */
    enum ProfileColumn {
        LABEL(38), VALUE(34), NOTES(60), KEY(24);

        private final int width;

        ProfileColumn(int width) {
            this.width = width;
        }

        int index() {
            return ordinal();
        }

        int width() {
            return width;
        }
    }

    // ---- Benchmarks -------------------------------------------------------------------------------

    /** The columns of {@link #BENCHMARKS}, one row per benchmark of the set, in file order. */
    enum BenchmarkColumn {
        /** The item reference, as in the KPI anchors. */
        ITEM(24),
        NAME(30),
        DIRECTION(16),
        /** A number, or the text N/A when the item has no target. */
        TARGET(10),
        UNIT(22),
        CONFIDENCE(12),
        BASIS(50),
        SOURCE(40);

        private final int width;

        BenchmarkColumn(int width) {
            this.width = width;
        }

        int index() {
            return ordinal();
        }

        int width() {
            return width;
        }

        String headerKey() {
            return "bench.col." + name().toLowerCase(Locale.ROOT);
        }
    }
}
