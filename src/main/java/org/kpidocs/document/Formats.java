package org.kpidocs.document;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Numbers, percentages and dates as the documents print them, per locale with ICU (CLDR data): two
 * decimals, the locale's separators and digits, month and year in words. English keeps the form of
 * the published U4SSC reports, a narrow no-break space between thousands ("95 424.00", domain
 * reference §4). Values that go into CSS or attributes never pass through here.
 */
public final class Formats {

    /**
     * Bidi marks ICU puts around signs (Arabic "56‎%‎"). The documents lay text out with the Unicode
     * bidi algorithm themselves, a number and its per-cent sign stay together without them, and the
     * embedded fonts have no glyph for them.
     */
    private static final String BIDI_MARKS = "[\u200E\u200F\u061C]";

    private final ULocale locale;
    /** English dates follow the published reports' British form, "31 October 2025". */
    private final ULocale dateLocale;
    private final DecimalFormat twoDecimals;
    private final DecimalFormat whole;
    private final String percentPattern;

    public Formats(Locale locale) {
        this.locale = ULocale.forLocale(locale);
        this.dateLocale = "en".equals(locale.getLanguage()) ? ULocale.UK : this.locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(this.locale);
        if ("en".equals(locale.getLanguage())) {
            symbols.setGroupingSeparator('\u202F');
        }
        this.twoDecimals = new DecimalFormat("#,##0.00", symbols);
        this.whole = new DecimalFormat("#,##0", symbols);
        // Where the locale puts the sign and whether it spaces it: "56,25 %" (fr), "56.25%" (zh).
        String pattern = ((DecimalFormat) com.ibm.icu.text.NumberFormat.getPercentInstance(this.locale)).toPattern();
        String sign = String.valueOf(symbols.getPercentString());
        this.percentPattern = "en".equals(locale.getLanguage()) ? "{0}\u00A0" + sign
                : pattern.replaceAll("[#0,.]+", "{0}").replace("%", sign).replace(' ', '\u00A0')
                        .replaceAll(BIDI_MARKS, "");
    }

    /** 95424.5 → "95 424.50" (en), "95 424,50" (fr), "95.424,50" (es), "٩٥٬٤٢٤٫٥٠" (ar, Arabic-Indic digits). */
    public String decimal(double value) {
        synchronized (twoDecimals) {
            return clean(twoDecimals.format(value));
        }
    }

    /** 240000 → "240 000". */
    public String integer(long value) {
        synchronized (whole) {
            return clean(whole.format(value));
        }
    }

    /** A year, without grouping, in the document's digits: 2025, ٢٠٢٥. */
    public String year(int year) {
        return plain(year);
    }

    /** A whole number without grouping in the document's digits, for numbers that name things: goal 11, ١١. */
    public String plain(long n) {
        synchronized (whole) {
            whole.setGroupingUsed(false);
            try {
                return clean(whole.format(n));
            } finally {
                whole.setGroupingUsed(true);
            }
        }
    }

    /** A percentage with two decimals: 56.25 → "56.25 %" (en), "56,25 %" (fr), "56.25%" (zh). */
    public String percent(double value) {
        return percentPattern.replace("{0}", decimal(value));
    }

    /** 2025-11 → "November 2025", "novembre 2025", "2025年11月". */
    public String monthYear(YearMonth month) {
        return format("yMMMM", month.atDay(1));
    }

    /** A date in the locale's long form: "31 October 2025", "31 octobre 2025", "2025年10月31日". */
    public String date(LocalDate date) {
        return format("yMMMMd", date);
    }

    private String format(String skeleton, LocalDate date) {
        DateFormat f = DateFormat.getInstanceForSkeleton(skeleton, dateLocale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        return clean(f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC))));
    }

    private static String clean(String s) {
        return s.replaceAll(BIDI_MARKS, "");
    }
}
