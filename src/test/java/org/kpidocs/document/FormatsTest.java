package org.kpidocs.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers, percentages and dates per document language (ICU/CLDR data), with both Arabic digit systems. */
class FormatsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // tag | 95424.5 | 56.25 % | 240000 | 31 Oct 2025 | Nov 2025 | year
            "en | 95\u202F424.50 | 56.25\u00A0% | 240\u202F000 | 31 October 2025 | November 2025 | 2025",
            "fr | 95\u202F424,50 | 56,25\u00A0% | 240\u202F000 | 31 octobre 2025 | novembre 2025 | 2025",
            "es | 95.424,50 | 56,25\u00A0% | 240.000 | 31 de octubre de 2025 | noviembre de 2025 | 2025",
            "ru | 95\u00A0424,50 | 56,25\u00A0% | 240\u00A0000 | 31 октября 2025\u202Fг. | ноябрь 2025\u202Fг. | 2025",
            "zh | 95,424.50 | 56.25% | 240,000 | 2025年10月31日 | 2025年11月 | 2025",
            "ar | 95,424.50 | 56.25% | 240,000 | 31 أكتوبر 2025 | نوفمبر 2025 | 2025",
            "ar-u-nu-arab | ٩٥٬٤٢٤٫٥٠ | ٥٦٫٢٥٪ | ٢٤٠٬٠٠٠ | ٣١ أكتوبر ٢٠٢٥ | نوفمبر ٢٠٢٥ | ٢٠٢٥"})
    void formatsNumbersPercentagesAndDatesTheWayTheLanguageWritesThem(String tag, String decimal, String percent,
                                                                      String integer, String date, String month,
                                                                      String year) {
        Formats f = new Formats(DocumentLanguage.find(tag).orElseThrow().locale());
        assertThat(f.decimal(95424.5)).isEqualTo(decimal);
        assertThat(f.percent(56.25)).isEqualTo(percent);
        assertThat(f.integer(240_000)).isEqualTo(integer);
        assertThat(f.date(LocalDate.of(2025, 10, 31))).isEqualTo(date);
        assertThat(f.monthYear(YearMonth.of(2025, 11))).isEqualTo(month);
        assertThat(f.year(2025)).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "fr", "ar", "ar-u-nu-arab", "zh"})
    void leavesNoBidiMarksTheFontsCannotPrint(String tag) {
        Formats f = new Formats(DocumentLanguage.find(tag).orElseThrow().locale());
        String all = f.percent(-3.5) + f.decimal(-1) + f.date(LocalDate.of(2025, 1, 2)) + f.monthYear(YearMonth.of(2025, 1));
        assertThat(all).doesNotContain("\u200E", "\u200F", "\u061C");
    }
}
