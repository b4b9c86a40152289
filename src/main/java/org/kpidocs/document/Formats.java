package org.kpidocs.document;

import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Numbers and dates as the documents print them: two decimals and a narrow no-break space between
 * thousands ("95 424.00", as in the published reports, domain reference §4), month and year in words.
 * Values that go into CSS or attributes never pass through here.
 */
public final class Formats {

    private final Locale locale;
    private final DecimalFormat twoDecimals;
    private final DecimalFormat whole;

    public Formats(Locale locale) {
        this.locale = locale;
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setGroupingSeparator('\u202F');
        this.twoDecimals = new DecimalFormat("#,##0.00", symbols);
        this.whole = new DecimalFormat("#,##0", symbols);
    }

    /** 95424.5 → "95 424.50". */
    public String decimal(double value) {
        synchronized (twoDecimals) {
            return twoDecimals.format(value);
        }
    }

    /** 240000 → "240 000". */
    public String integer(long value) {
        synchronized (whole) {
            return whole.format(value);
        }
    }

    /** A percentage with two decimals: 56.25 → "56.25 %". */
    public String percent(double value) {
        return decimal(value) + "\u00A0%";
    }

    /** 2025-11 → "November 2025". */
    public String monthYear(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }

    /** A date in the locale's long form: "31 October 2025". */
    public String date(java.time.LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale));
    }
}
