package org.kpidocs.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.Direction;
import org.kpidocs.i18n.Messages;

/**
 * One test per validation rule of {@link DatasetChecker}: each names the exact issue key, JSON pointer
 * and KPI of what it expects, so a change of wording or position in the reader shows up here.
 */
class DatasetCheckerTest {

    private static final Catalogue CATALOGUE = Catalogue.load();
    private static final BenchmarkSet BENCHMARKS = BenchmarkSet.load(CATALOGUE);
    private static final Messages MESSAGES = new Messages("messages/api");
    private static final Pattern UNFILLED_ARGUMENT = Pattern.compile("\\{\\d+}");

    private static final String AIR = "EN: EN: AQ: 1C";
    private static final String AIR_POINTS = "PM10, PM2.5, NO2, SO2, O3";
    private static final String INTERNET = "EC: ICT: ICT: 1C";
    private static final String MEASUREMENT_FIELDS_WITH_CODE =
            "code, dataOrigin, dataQuality, denominator, note, numerator, reported, sources, value, verified, year";

    private final DatasetChecker checker = new DatasetChecker(CATALOGUE, BENCHMARKS);

    // ---- KPI codes -------------------------------------------------------------------------------

    @Nested
    class KpiCodes {

        @Test
        void rejectsUnknownKpiCodeAtItsCodePointerKeepingTheCodeAsWritten() {
            List<Issue> errors = rejected(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 9C\", \"value\": 1}",
                    "{\"code\": \"not a code\", \"value\": 1}"));

            assertThat(errors).containsExactly(
                    issue("/kpis/0/code", "EC: ICT: ICT: 9C", "kpi.unknown", "EC: ICT: ICT: 9C"),
                    issue("/kpis/1/code", "not a code", "kpi.unknown", "not a code"));
        }

        @Test
        void rejectsDuplicateKpiCodeNamingTheFirstEntry() {
            List<Issue> errors = rejected(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90}",
                    "{\"code\": \"EC: ICT: ICT: 2C\", \"value\": 40}",
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 91}"));

            assertThat(errors).containsExactly(issue("/kpis/2/code", INTERNET, "kpi.duplicate", INTERNET, "/kpis/0"));
        }

        @Test
        void rejectsDuplicateKpiCodeWrittenInTwoSpellings() {
            List<Issue> errors = rejected(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90}",
                    "{\"code\": \"EC-ICT-ICT-1C\", \"value\": 91}"));

            assertThat(errors).containsExactly(issue("/kpis/1/code", INTERNET, "kpi.duplicate", INTERNET, "/kpis/0"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "sc: eh: ed:1c     | SC: EH: ED: 1C",
                "SC:EH:ED:1C       | SC: EH: ED: 1C",
                "  SC: EH: ED: 1C  | SC: EH: ED: 1C",
                "SC-EH-ED-1C       | SC: EH: ED: 1C",
                "ec-ict-ict-1c     | EC: ICT: ICT: 1C"})
        void acceptsCodeSpellingVariantsAndStoresTheCanonicalCode(String written, String canonical) {
            Dataset dataset = accepted(withKpis("{\"code\": \"" + written + "\", \"value\": 50}")).dataset();

            assertThat(dataset.kpis()).extracting(Dataset.KpiEntry::code).containsExactly(canonical);
            assertThat(dataset.entry(canonical)).get().extracting(e -> e.measurement().value()).isEqualTo(50.0);
        }
    }

    // ---- data points -----------------------------------------------------------------------------

    @Nested
    class DataPoints {

        @Test
        void rejectsUnknownDataPointListingTheAllowedNames() {
            List<Issue> errors = rejected(withKpis("""
                    {"code": "EN: EN: AQ: 1C", "dataPoints": [
                      {"name": "PM10", "value": 19},
                      {"name": "CO2", "value": 400}]}"""));

            assertThat(errors).containsExactly(
                    issue("/kpis/0/dataPoints/1/name", AIR, "datapoint.unknown", "CO2", AIR, AIR_POINTS));
        }

        @Test
        void rejectsDuplicateDataPointNamingTheFirstOne() {
            List<Issue> errors = rejected(withKpis("""
                    {"code": "EN: EN: AQ: 1C", "dataPoints": [
                      {"name": "PM2.5", "value": 9.8},
                      {"name": "PM10", "value": 19},
                      {"name": "PM2.5", "value": 9.9}]}"""));

            assertThat(errors).containsExactly(
                    issue("/kpis/0/dataPoints/2/name", AIR, "datapoint.duplicate", "PM2.5", "/kpis/0/dataPoints/0"));
        }

        @Test
        void rejectsDuplicateDataPointWrittenInTwoSpellings() {
            List<Issue> errors = rejected(withKpis("""
                    {"code": "EC: I: T: 4A", "dataPoints": [
                      {"name": "para transport", "value": 1},
                      {"name": "Para-Transport", "value": 2}]}"""));

            assertThat(errors).containsExactly(issue("/kpis/0/dataPoints/1/name", "EC: I: T: 4A",
                    "datapoint.duplicate", "para transport", "/kpis/0/dataPoints/0"));
        }

        @Test
        void matchesDataPointNamesIgnoringCaseAndHyphensAndStoresThemInCatalogueOrder() {
            Dataset dataset = accepted(withKpis("""
                    {"code": "EN: EN: AQ: 1C", "dataPoints": [
                      {"name": "pm2.5", "value": 9.8},
                      {"name": "pm10", "value": 19}]}""", """
                    {"code": "EC: I: T: 4A", "dataPoints": [
                      {"name": "para-transport", "value": 2},
                      {"name": "PUBLIC_TRANSPORT", "value": 40}]}""")).dataset();

            assertThat(dataset.entry(AIR).orElseThrow().dataPoints())
                    .extracting(Dataset.DataPointEntry::name, p -> p.measurement().value())
                    .containsExactly(tuple("PM10", 19.0), tuple("PM2.5", 9.8));
            assertThat(dataset.entry("EC: I: T: 4A").orElseThrow().dataPoints())
                    .extracting(Dataset.DataPointEntry::name)
                    .containsExactly("public transport", "para transport");
        }

        @ParameterizedTest
        @ValueSource(strings = {"value", "verified", "dataQuality", "numerator"})
        void rejectsMeasurementFieldOnKpiWithDataPoints(String field) {
            String fieldValue = switch (field) {
                case "verified" -> "true";
                case "dataQuality" -> "\"accurate-measurement\"";
                default -> "12";
            };
            List<Issue> errors = rejected(withKpis("{\"code\": \"EN: EN: AQ: 1C\", \"" + field + "\": " + fieldValue
                    + ", \"dataPoints\": [{\"name\": \"PM10\", \"value\": 19}]}"));

            assertThat(errors).containsExactly(
                    issue("/kpis/0/" + field, AIR, "kpi.multipart.field", field, AIR_POINTS));
        }

        @Test
        void rejectsDataPointsOnSingleValueKpi() {
            List<Issue> errors = rejected(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"dataPoints\": [{\"name\": \"x\", \"value\": 1}]}"));

            assertThat(errors).containsExactly(issue("/kpis/0/dataPoints", INTERNET, "kpi.single.data-points", INTERNET));
        }

        @Test
        void rejectsKpiMarkedNotReportedWhileDataPointsAreReported() {
            List<Issue> errors = rejected(withKpis("""
                    {"code": "EN: EN: AQ: 1C", "reported": false, "dataPoints": [
                      {"name": "PM10", "value": 19}]}"""));

            assertThat(errors).containsExactly(
                    issue("/kpis/0/reported", AIR, "kpi.multipart.not-reported-with-data-points"));
        }

        @Test
        void rejectsKpiMarkedReportedWithoutAnyReportedDataPoint() {
            List<Issue> errors = rejected(withKpis("""
                    {"code": "EN: EN: AQ: 1C", "reported": true, "dataPoints": [
                      {"name": "PM10", "reported": false}]}"""));

            assertThat(errors).containsExactly(
                    issue("/kpis/0/reported", AIR, "kpi.multipart.reported-without-data-points", AIR_POINTS));
        }

        @Test
        void acceptsPartialAndWhollyUnreportedKpisWithDataPoints() {
            Dataset dataset = accepted(withKpis("""
                    {"code": "EN: EN: AQ: 1C", "note": "SO2 not measured", "dataPoints": [
                      {"name": "PM10", "value": 19, "verified": true},
                      {"name": "SO2", "reported": false}]}""",
                    "{\"code\": \"EN: EN: WS: 4C\", \"reported\": false, \"note\": \"No data\"}")).dataset();

            Dataset.KpiEntry air = dataset.entry(AIR).orElseThrow();
            assertThat(air.measurement().reported()).isTrue();
            assertThat(air.measurement().note()).isEqualTo("SO2 not measured");
            assertThat(air.dataPoints()).extracting(Dataset.DataPointEntry::name,
                            p -> p.measurement().reported(), p -> p.measurement().verified())
                    .containsExactly(tuple("PM10", true, true), tuple("SO2", false, false));
            Dataset.KpiEntry wastewater = dataset.entry("EN: EN: WS: 4C").orElseThrow();
            assertThat(wastewater.measurement().reported()).isFalse();
            assertThat(wastewater.dataPoints()).isEmpty();
        }

        /**
         * Open Data's "number" data point is a count; the KPI's own unit starts with "%", but the factor
         * for a count data point is 1 (Kpi.scale: "1 otherwise"), so 45 / 1 gives 45 datasets.
         */
        @Test
        void computesCountDataPointFromRatioWithTheDataPointsOwnScale() {
            DatasetChecker.Accepted accepted = accepted(withKpis("""
                    {"code": "EC: ICT: PS: 1A", "dataPoints": [
                      {"name": "number", "numerator": 45, "denominator": 1}]}"""));

            Dataset.DataPointEntry number = accepted.dataset().entry("EC: ICT: PS: 1A").orElseThrow()
                    .dataPoint("number").orElseThrow();
            assertThat(number.measurement().value()).isEqualTo(45.0);
            assertThat(accepted.warnings()).containsExactly(
                    issue("/kpis/0/dataPoints/0/value", "EC: ICT: PS: 1A", "value.computed", "45", "1"));
        }
    }

    // ---- values ----------------------------------------------------------------------------------

    @Nested
    class Values {

        @Test
        void rejectsNumberWrittenAsTextNamingTheUnit() {
            List<Issue> errors = rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": \"97\"}"));

            assertThat(errors).containsExactly(issue("/kpis/0/value", INTERNET, "value.not-a-number", "\"97\"", "%"));
        }

        @Test
        void rejectsNonFiniteNumber() {
            List<Issue> errors = rejected(withKpis("{\"code\": \"EC: ICT: ICT: 5C\", \"value\": 1e400}"));

            assertThat(errors).extracting(Issue::pointer, Issue::kpi, Issue::key)
                    .containsExactly(tuple("/kpis/0/value", "EC: ICT: ICT: 5C", "number.not-finite"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"120", "-1", "100.01"})
        void rejectsPercentageOutside0To100WithPointerAndAllowedRange(String value) {
            List<Issue> errors = rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": " + value + "}"));

            assertThat(errors).containsExactly(issue("/kpis/0/value", INTERNET, "value.percent-range", value, "%"));
            assertThat(MESSAGES.format(Locale.ENGLISH, "value.percent-range.allowed", errors.get(0).args()))
                    .contains("from 0 to 100");
        }

        @ParameterizedTest
        @ValueSource(doubles = {0, 100, 97.5})
        void acceptsPercentageWithin0To100(double value) {
            Dataset dataset = accepted(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": " + value + "}")).dataset();

            assertThat(dataset.entry(INTERNET).orElseThrow().measurement().value()).isEqualTo(value);
        }

        @Test
        void rejectsNegativeCountOnNonPercentageKpiAndAcceptsLargeCounts() {
            List<Issue> errors = rejected(withKpis("{\"code\": \"EC: ICT: ICT: 5C\", \"value\": -3}"));

            assertThat(errors).containsExactly(issue("/kpis/0/value", "EC: ICT: ICT: 5C", "value.negative", "-3",
                    "number of public Wi-Fi hotspots"));
            assertThat(accepted(withKpis("{\"code\": \"EC: ICT: ICT: 5C\", \"value\": 250000}")).dataset()
                    .entry("EC: ICT: ICT: 5C").orElseThrow().measurement().value()).isEqualTo(250000.0);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.2", "-0.1"})
        void rejectsGiniCoefficientOutside0To1(String value) {
            List<Issue> errors = rejected(withKpis("{\"code\": \"SC: SH: SI: 2C\", \"value\": " + value + "}"));

            assertThat(errors).containsExactly(
                    issue("/kpis/0/value", "SC: SH: SI: 2C", "value.fraction-range", value, "coefficient (0-1)"));
        }

        @Test
        void acceptsGiniCoefficientWithin0To1() {
            assertThat(accepted(withKpis("{\"code\": \"SC: SH: SI: 2C\", \"value\": 0.27}")).dataset()
                    .entry("SC: SH: SI: 2C").orElseThrow().measurement().value()).isEqualTo(0.27);
        }

        @ParameterizedTest
        @CsvSource({"true, 1.0", "false, 0.0", "1, 1.0", "0, 0.0"})
        void acceptsYesNoAnswerAsBooleanOrOneOrZeroAndStoresOneOrZero(String written, double stored) {
            Dataset dataset = accepted(withKpis("{\"code\": \"SC: SH: SA: 3A\", \"value\": " + written + "}")).dataset();

            Dataset.Measurement m = dataset.entry("SC: SH: SA: 3A").orElseThrow().measurement();
            assertThat(m.value()).isEqualTo(stored);
            assertThat(m.reported()).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"\"yes\" | \"yes\"", "2 | 2", "0.5 | 0.5"})
        void refusesYesNoAnswerOtherThanTrueFalseOneOrZero(String written, String shown) {
            List<Issue> errors = rejected(withKpis("{\"code\": \"SC: SH: SA: 3A\", \"value\": " + written + "}"));

            assertThat(errors).containsExactly(issue("/kpis/0/value", "SC: SH: SA: 3A", "value.yes-no", shown));
        }
    }

    // ---- reported / verified ---------------------------------------------------------------------

    @Nested
    class ReportedAndVerified {

        @ParameterizedTest
        @ValueSource(strings = {
                "{\"code\": \"EC: ICT: ICT: 1C\", \"reported\": false, \"verified\": true}",
                "{\"code\": \"EC: ICT: ICT: 1C\", \"verified\": true}"})
        void rejectsVerifiedOnUnreportedKpi(String entry) {
            assertThat(rejected(withKpis(entry))).containsExactly(
                    issue("/kpis/0/verified", INTERNET, "verified.not-reported"));
        }

        @Test
        void rejectsReportedTrueWithoutValue() {
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"reported\": true}"))).containsExactly(
                    issue("/kpis/0/value", INTERNET, "value.missing"));
        }

        @Test
        void rejectsReportedFlagThatIsNotBoolean() {
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 5, \"reported\": \"yes\"}")))
                    .containsExactly(issue("/kpis/0/reported", INTERNET, "type.boolean", "\"yes\""));
        }

        @Test
        void treatsKpiWithoutValueAsNotReportedAndValueAsReported() {
            Dataset dataset = accepted(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"note\": \"Not collected\"}",
                    "{\"code\": \"EC: ICT: ICT: 2C\", \"value\": 40, \"verified\": true}")).dataset();

            assertThat(dataset.entry(INTERNET).orElseThrow().measurement())
                    .extracting(Dataset.Measurement::reported, Dataset.Measurement::verified, Dataset.Measurement::note)
                    .containsExactly(false, false, "Not collected");
            assertThat(dataset.entry("EC: ICT: ICT: 2C").orElseThrow().measurement())
                    .extracting(Dataset.Measurement::reported, Dataset.Measurement::verified)
                    .containsExactly(true, true);
        }

        @Test
        void warnsWhenValueIsGivenOnKpiMarkedNotReported() {
            DatasetChecker.Accepted accepted = accepted(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 50, \"reported\": false}"));

            assertThat(accepted.warnings()).containsExactly(
                    issue("/kpis/0/value", INTERNET, "value.ignored-not-reported", "50"));
            assertThat(accepted.dataset().entry(INTERNET).orElseThrow().measurement())
                    .extracting(Dataset.Measurement::value, Dataset.Measurement::reported)
                    .containsExactly(50.0, false);
        }
    }

    // ---- city and reporting year -----------------------------------------------------------------

    @Nested
    class CityAndYear {

        @Test
        void rejectsMissingCityName() {
            assertThat(rejected(document("\"city\": {\"country\": \"Norway\"}, \"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city/name", null, "field.missing", "name"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\\n\\t"})
        void rejectsBlankCityName(String name) {
            assertThat(rejected(document("\"city\": {\"name\": \"" + name
                    + "\", \"country\": \"Norway\"}, \"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city/name", null, "text.blank"));
        }

        @Test
        void rejectsMissingCountry() {
            assertThat(rejected(document("\"city\": {\"name\": \"Testville\"}, \"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city/country", null, "field.missing", "country"));
        }

        @Test
        void rejectsMissingCity() {
            assertThat(rejected(document("\"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city", null, "field.missing", "city"));
        }

        @Test
        void rejectsMissingReportingYear() {
            assertThat(rejected(document(CITY + ", \"kpis\": []")))
                    .containsExactly(issue("/reportingYear", null, "field.missing", "reportingYear"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1800", "2025.5", "2101", "1989", "\"2025\"", "2025.0"})
        void rejectsReportingYearOutOfRangeOrNotAWholeNumber(String year) {
            List<Issue> errors = rejected(document(CITY + ", \"reportingYear\": " + year + ", \"kpis\": []"));

            assertThat(errors).extracting(Issue::pointer, Issue::kpi, Issue::key)
                    .containsExactly(tuple("/reportingYear", null, "year.invalid"));
            assertThat(errors.get(0).args()).containsExactly(year, "1990", "2100");
        }

        @Test
        void rejectsUnknownCurrency() {
            assertThat(rejected(document("\"city\": {\"name\": \"Testville\", \"country\": \"Norway\", "
                    + "\"gdp\": 1000, \"currency\": \"ZZZ\"}, \"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city/currency", null, "city.currency.unknown", "ZZZ"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"gdp", "householdIncome"})
        void rejectsMoneyAmountWithoutCurrency(String field) {
            assertThat(rejected(document("\"city\": {\"name\": \"Testville\", \"country\": \"Norway\", \""
                    + field + "\": 1000}, \"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city/currency", null, "city.currency.missing"));
        }

        @Test
        void acceptsFullCityProfile() {
            Dataset.City city = accepted(document("""
                    "city": {"name": "Testville", "country": "Norway", "region": "West", "population": 240000,
                             "households": 108000, "areaKm2": 182.5, "gdp": 9600000000, "currency": "NOK",
                             "householdIncome": 27800, "inflationRate": -0.4, "description": "A town."},
                    "reportingYear": 2025, "kpis": []""")).dataset().city();

            assertThat(city).isEqualTo(new Dataset.City("Testville", "Norway", "West", 240000L, 108000L, 182.5,
                    9.6e9, "NOK", 27800.0, -0.4, "A town."));
        }

        @Test
        void rejectsPopulationThatIsZeroOrNotWhole() {
            assertThat(rejected(document("\"city\": {\"name\": \"T\", \"country\": \"N\", \"population\": 0,"
                    + " \"households\": 2.5}, \"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city/population", null, "number.not-positive", "0", "0"),
                            issue("/city/households", null, "number.not-whole", "2.5"));
        }

        @Test
        void warnsWhenHouseholdsExceedPopulation() {
            DatasetChecker.Accepted accepted = accepted(document("\"city\": {\"name\": \"T\", \"country\": \"N\","
                    + " \"population\": 100, \"households\": 150}, \"reportingYear\": 2025, \"kpis\": []"));

            assertThat(accepted.warnings()).containsExactly(
                    issue("/city/households", null, "city.households.exceed-population", "150", "100"));
        }

        /** An upper limit broken is not a "below the minimum" problem. */
        @Test
        void reportsInflationAboveTheMaximumWithoutCallingItBelowTheMinimum() {
            List<Issue> errors = rejected(document("\"city\": {\"name\": \"T\", \"country\": \"N\","
                    + " \"inflationRate\": 200000}, \"reportingYear\": 2025, \"kpis\": []"));

            assertThat(errors).extracting(Issue::pointer).containsExactly("/city/inflationRate");
            assertThat(errors.get(0).key()).isNotEqualTo("number.below-minimum");
            assertThat(MESSAGES.format(Locale.ENGLISH, errors.get(0).key(), errors.get(0).args()))
                    .doesNotContain("below the minimum");
        }
    }

    // ---- structure: unknown fields and JSON types ------------------------------------------------

    @Nested
    class Structure {

        @Test
        void rejectsUnknownTopLevelFieldListingTheAllowedFields() {
            assertThat(rejected(withKpisAnd("\"colour\": \"blue\"")))
                    .containsExactly(issue("/colour", null, "field.unknown", "colour",
                            "benchmarkOverrides, city, findings, kpis, localKpis, publication, reportingYear, verification"));
        }

        @Test
        void rejectsUnknownFieldInsideKpiEntryListingTheAllowedFields() {
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"unit\": \"%\"}")))
                    .containsExactly(issue("/kpis/0/unit", INTERNET, "field.unknown", "unit", MEASUREMENT_FIELDS_WITH_CODE));
        }

        @Test
        void rejectsUnknownFieldInsideDataPointListingTheAllowedFields() {
            assertThat(rejected(withKpis(
                    "{\"code\": \"EN: EN: AQ: 1C\", \"dataPoints\": [{\"name\": \"PM10\", \"value\": 19, \"unit\": \"x\"}]}")))
                    .containsExactly(issue("/kpis/0/dataPoints/0/unit", AIR, "field.unknown", "unit",
                            "dataOrigin, dataQuality, denominator, name, note, numerator, reported, sources, value,"
                                    + " verified, year"));
        }

        @Test
        void rejectsUnknownFieldOnKpiWithDataPointsListingTheAllowedFields() {
            assertThat(rejected(withKpis("{\"code\": \"EN: EN: AQ: 1C\", \"colour\": 1}")))
                    .containsExactly(issue("/kpis/0/colour", AIR, "field.unknown", "colour",
                            "code, dataPoints, note, reported"));
        }

        /** RFC 6901: "/" in a member name is written "~1" in a pointer, wherever the member is. */
        @Test
        void escapesSlashInUnknownFieldNamesOfEveryKindOfEntry() {
            assertThat(rejected(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 1, \"a/b\": 1}",
                    "{\"code\": \"EN: EN: AQ: 1C\", \"a/b\": 1}")))
                    .extracting(Issue::pointer)
                    .containsExactly("/kpis/0/a~1b", "/kpis/1/a~1b");
        }

        @Test
        void rejectsUnknownFieldInCity() {
            assertThat(rejected(document("\"city\": {\"name\": \"T\", \"country\": \"N\", \"mayor\": \"X\"},"
                    + " \"reportingYear\": 2025, \"kpis\": []")))
                    .extracting(Issue::pointer, Issue::kpi, Issue::key)
                    .containsExactly(tuple("/city/mayor", null, "field.unknown"));
        }

        @Test
        void rejectsCityGivenAsString() {
            assertThat(rejected(document("\"city\": \"Testville\", \"reportingYear\": 2025, \"kpis\": []")))
                    .containsExactly(issue("/city", null, "type.object", "string"));
        }

        @Test
        void rejectsKpisGivenAsObject() {
            assertThat(rejected(document(CITY + ", " + YEAR + ", \"kpis\": {\"EC: ICT: ICT: 1C\": 90}")))
                    .containsExactly(issue("/kpis", null, "type.array", "object"));
        }

        @Test
        void rejectsKpiEntryThatIsNotAnObject() {
            assertThat(rejected(withKpis("\"EC: ICT: ICT: 1C\"")))
                    .containsExactly(issue("/kpis/0", null, "type.object", "string"));
        }

        @Test
        void rejectsSourcesGivenAsString() {
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"sources\": \"Survey\"}")))
                    .containsExactly(issue("/kpis/0/sources", INTERNET, "type.array-of-strings", "string"));
        }

        @Test
        void rejectsNonTextSourceAndBlankFinding() {
            assertThat(rejected(withKpisAnd("\"findings\": {\"auditResults\": [\"ok\", \" \"]}",
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"sources\": [\"Survey\", 3]}")))
                    .containsExactly(
                            issue("/kpis/0/sources/1", INTERNET, "type.string", "number"),
                            issue("/findings/auditResults/1", null, "text.blank"));
        }

        @Test
        void rejectsMissingKpiCode() {
            assertThat(rejected(withKpis("{\"value\": 90}")))
                    .containsExactly(issue("/kpis/0/code", null, "field.missing", "code"));
        }

        @Test
        void warnsWhenKpiListIsMissingAndCountsEveryKpiAsNotReported() {
            DatasetChecker.Accepted accepted = accepted(document(CITY + ", " + YEAR));

            assertThat(accepted.warnings()).containsExactly(issue("/kpis", null, "kpis.missing"));
            assertThat(accepted.dataset().kpis()).isEmpty();
        }

        @Test
        void rejectsUnknownDataQualityListingTheSixOptions() {
            assertThat(rejected(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"dataQuality\": \"excellent\"}")))
                    .containsExactly(issue("/kpis/0/dataQuality", INTERNET, "quality.unknown", "excellent",
                            "accurate-measurement, survey-extrapolation, higher-level-extrapolation,"
                                    + " assumption-based-estimate, personal-estimate, unknown-methodology"));
        }

        @Test
        void acceptsEveryDataQuality() {
            for (DataQuality q : DataQuality.values()) {
                Dataset dataset = accepted(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"dataQuality\": \""
                        + q.id() + "\"}")).dataset();
                assertThat(dataset.entry(INTERNET).orElseThrow().measurement().dataQuality()).isEqualTo(q);
            }
        }
    }

    // ---- verification ----------------------------------------------------------------------------

    @Nested
    class Verification {

        @Test
        void acceptsCompleteVerificationRecord() {
            Dataset.Verification v = accepted(withKpisAnd("""
                    "verification": {"verifier": "A. Verifier", "organisation": "Org", "mode": "on-site",
                                     "completedOn": "2025-10-31", "reportDate": "2025-11"}""")).dataset().verification();

            assertThat(v).isEqualTo(new Dataset.Verification("A. Verifier", "Org", Dataset.Verification.Mode.ON_SITE,
                    LocalDate.of(2025, 10, 31), YearMonth.of(2025, 11)));
        }

        @Test
        void rejectsUnknownVerificationMode() {
            assertThat(rejected(withKpisAnd("\"verification\": {\"mode\": \"in person\"}")))
                    .containsExactly(issue("/verification/mode", null, "verification.mode.unknown", "in person"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-02-30", "31/10/2025", "2025-10"})
        void rejectsCompletedOnThatIsNotACalendarDate(String date) {
            assertThat(rejected(withKpisAnd("\"verification\": {\"completedOn\": \"" + date + "\"}")))
                    .containsExactly(issue("/verification/completedOn", null, "date.malformed", date));
        }

        @ParameterizedTest
        @ValueSource(strings = {"2025-13", "11-2025", "2025"})
        void rejectsReportDateThatIsNotAMonth(String month) {
            assertThat(rejected(withKpisAnd("\"verification\": {\"reportDate\": \"" + month + "\"}")))
                    .containsExactly(issue("/verification/reportDate", null, "month.malformed", month));
        }
    }

    // ---- texts -----------------------------------------------------------------------------------

    @Nested
    class Texts {

        @Test
        void rejectsControlCharacterInCityNameAndKpiNote() {
            assertThat(rejected(document("\"city\": {\"name\": \"Lume\\u0007ria\", \"country\": \"N\"}, " + YEAR
                    + ", \"kpis\": [{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 1, \"note\": \"bell\\u0007\"}]")))
                    .containsExactly(
                            issue("/city/name", null, "text.control-character", "U+0007"),
                            issue("/kpis/0/note", INTERNET, "text.control-character", "U+0007"));
        }

        @Test
        void acceptsLineBreaksAndTabsInText() {
            Dataset dataset = accepted(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 1, \"note\": \"line one\\nline\\ttwo\"}")).dataset();

            assertThat(dataset.entry(INTERNET).orElseThrow().measurement().note()).isEqualTo("line one\nline\ttwo");
        }

        @Test
        void rejectsTextLongerThanTheLimitAndAcceptsTextAtTheLimit() {
            String name200 = "x".repeat(200);
            String note4001 = "y".repeat(4001);

            assertThat(rejected(document("\"city\": {\"name\": \"" + name200 + "z\", \"country\": \"N\"}, " + YEAR
                    + ", \"kpis\": [{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 1, \"note\": \"" + note4001 + "\"}]")))
                    .containsExactly(
                            issue("/city/name", null, "text.too-long", "201", "200"),
                            issue("/kpis/0/note", INTERNET, "text.too-long", "4001", "4000"));
            assertThat(accepted(document("\"city\": {\"name\": \"" + name200 + "\", \"country\": \"N\"}, " + YEAR
                    + ", \"kpis\": []")).dataset().city().name()).hasSize(200);
        }

        @Test
        void stripsSurroundingWhitespaceFromTexts() {
            assertThat(accepted(document("\"city\": {\"name\": \"  Testville \", \"country\": \"N\"}, " + YEAR
                    + ", \"kpis\": []")).dataset().city().name()).isEqualTo("Testville");
        }
    }

    // ---- numerator and denominator ---------------------------------------------------------------

    @Nested
    class Ratios {

        @Test
        void computesPercentageFromNumeratorAndDenominatorWithWarning() {
            DatasetChecker.Accepted accepted = accepted(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"numerator\": 50, \"denominator\": 200}"));

            Dataset.Measurement m = accepted.dataset().entry(INTERNET).orElseThrow().measurement();
            assertThat(m.value()).isEqualTo(25.0);
            assertThat(m.reported()).isTrue();
            assertThat(m.numerator()).isEqualTo(50.0);
            assertThat(m.denominator()).isEqualTo(200.0);
            assertThat(accepted.warnings()).containsExactly(issue("/kpis/0/value", INTERNET, "value.computed", "25", "100"));
        }

        @Test
        void computesRatePer100000FromNumeratorAndDenominatorWithWarning() {
            DatasetChecker.Accepted accepted = accepted(withKpis(
                    "{\"code\": \"SC: EH: H: 3C\", \"numerator\": 600, \"denominator\": 240000}"));

            assertThat(accepted.dataset().entry("SC: EH: H: 3C").orElseThrow().measurement().value())
                    .isCloseTo(250.0, within(1e-9));
            assertThat(accepted.warnings()).extracting(Issue::pointer, Issue::kpi, Issue::key)
                    .containsExactly(tuple("/kpis/0/value", "SC: EH: H: 3C", "value.computed"));
            assertThat(accepted.warnings().get(0).args().get(1)).isEqualTo("100000");
        }

        @Test
        void computesPlainRatioWithFactorOne() {
            DatasetChecker.Accepted accepted = accepted(withKpis(
                    "{\"code\": \"EC: I: T: 5A\", \"numerator\": 45, \"denominator\": 30}"));

            assertThat(accepted.dataset().entry("EC: I: T: 5A").orElseThrow().measurement().value()).isEqualTo(1.5);
            assertThat(accepted.warnings()).containsExactly(issue("/kpis/0/value", "EC: I: T: 5A", "value.computed", "1.5", "1"));
        }

        @Test
        void warnsWhenValueDisagreesWithRatioAndKeepsTheGivenValue() {
            DatasetChecker.Accepted accepted = accepted(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 50, \"numerator\": 1, \"denominator\": 4}"));

            assertThat(accepted.warnings()).containsExactly(
                    issue("/kpis/0/value", INTERNET, "value.disagrees-with-ratio", "50", "25"));
            assertThat(accepted.dataset().entry(INTERNET).orElseThrow().measurement().value()).isEqualTo(50.0);
        }

        @Test
        void acceptsValueWithinOnePercentOfRatioWithoutWarning() {
            DatasetChecker.Accepted accepted = accepted(withKpis(
                    "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 25.2, \"numerator\": 1, \"denominator\": 4}"));

            assertThat(accepted.warnings()).isEmpty();
        }

        @Test
        void rejectsNumeratorWithoutDenominatorAtTheMissingOne() {
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 25, \"numerator\": 1}")))
                    .containsExactly(issue("/kpis/0/denominator", INTERNET, "ratio.incomplete"));
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 25, \"denominator\": 4}")))
                    .containsExactly(issue("/kpis/0/numerator", INTERNET, "ratio.incomplete"));
        }

        @Test
        void rejectsZeroDenominator() {
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"numerator\": 1, \"denominator\": 0}")))
                    .containsExactly(issue("/kpis/0/denominator", INTERNET, "number.not-positive", "0", "0"));
        }

        @Test
        void rejectsRatioThatGivesAPercentageAbove100() {
            assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"numerator\": 300, \"denominator\": 200}")))
                    .containsExactly(issue("/kpis/0/numerator", INTERNET, "ratio.out-of-range", "150", "%"));
        }
    }

    // ---- data year -------------------------------------------------------------------------------

    @Test
    void warnsWhenDataYearIsAfterReportingYear() {
        DatasetChecker.Accepted accepted = accepted(withKpis(
                "{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"year\": 2026}",
                "{\"code\": \"EC: ICT: ICT: 2C\", \"value\": 40, \"year\": 2024}"));

        assertThat(accepted.warnings()).containsExactly(
                issue("/kpis/0/year", INTERNET, "year.after-reporting-year", "2026", "2025"));
        assertThat(accepted.dataset().entry("EC: ICT: ICT: 2C").orElseThrow().measurement().year()).isEqualTo(2024);
    }

    @Test
    void rejectsDataYearOutOfRange() {
        assertThat(rejected(withKpis("{\"code\": \"EC: ICT: ICT: 1C\", \"value\": 90, \"year\": 1900}")))
                .containsExactly(issue("/kpis/0/year", INTERNET, "year.invalid", "1900", "1990", "2100"));
    }

    // ---- benchmark overrides ---------------------------------------------------------------------

    @Nested
    class BenchmarkOverrides {

        @Test
        void acceptsPlainNumberKeepingTheReferenceDirection() {
            Dataset dataset = accepted(withKpisAnd("\"benchmarkOverrides\": {\"EC: ICT: ICT: 2C\": 50}")).dataset();

            assertThat(dataset.benchmarkOverrides())
                    .containsExactly(java.util.Map.entry("EC: ICT: ICT: 2C", new Dataset.TargetOverride(50.0, Direction.HIGHER)));
        }

        @Test
        void acceptsObjectWithTargetAndDirection() {
            Dataset dataset = accepted(withKpisAnd(
                    "\"benchmarkOverrides\": {\"EC: ICT: ICT: 5C\": {\"target\": 200, \"direction\": \"higher\"},"
                            + " \"EN: EN: AQ: 1C / NO2\": {\"target\": 20, \"direction\": \"LOWER\"}}")).dataset();

            assertThat(dataset.benchmarkOverrides()).containsOnly(
                    java.util.Map.entry("EC: ICT: ICT: 5C", new Dataset.TargetOverride(200.0, Direction.HIGHER)),
                    java.util.Map.entry("EN: EN: AQ: 1C / NO2", new Dataset.TargetOverride(20.0, Direction.LOWER)));
        }

        @Test
        void acceptsNullAsNoBenchmark() {
            Dataset dataset = accepted(withKpisAnd("\"benchmarkOverrides\": {\"EC: I: WS: 3C\": null}")).dataset();

            Dataset.TargetOverride override = dataset.benchmarkOverrides().get("EC: I: WS: 3C");
            assertThat(override).isNotNull();
            assertThat(override.target()).isNull();
            assertThat(override.direction()).isEqualTo(BENCHMARKS.find(
                    org.kpidocs.catalogue.ItemRef.parse("EC: I: WS: 3C").orElseThrow()).orElseThrow().direction());
        }

        @Test
        void acceptsDataPointKeyAndStoresItCanonically() {
            Dataset dataset = accepted(withKpisAnd("\"benchmarkOverrides\": {\"en-en-aq-1c / pm2.5\": 10}")).dataset();

            assertThat(dataset.benchmarkOverrides())
                    .containsExactly(java.util.Map.entry("EN: EN: AQ: 1C / PM2.5", new Dataset.TargetOverride(10.0, Direction.LOWER)));
        }

        @Test
        void rejectsUnknownItem() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EC: ICT: ICT: 9C\": 50, \"nonsense\": 1}")))
                    .containsExactly(
                            issue("/benchmarkOverrides/EC: ICT: ICT: 9C", null, "override.unknown-item", "EC: ICT: ICT: 9C"),
                            issue("/benchmarkOverrides/nonsense", null, "override.unknown-item", "nonsense"));
        }

        @Test
        void rejectsKpiWithDataPointsGivenWithoutDataPoint() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EN: EN: AQ: 1C\": 10}")))
                    .containsExactly(issue("/benchmarkOverrides/EN: EN: AQ: 1C", AIR, "override.needs-data-point",
                            AIR, AIR_POINTS));
        }

        @Test
        void rejectsUnknownDataPointEscapingTheSlashInThePointer() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EN: EN: AQ: 1C / CO2\": 10}")))
                    .containsExactly(issue("/benchmarkOverrides/EN: EN: AQ: 1C ~1 CO2", AIR, "datapoint.unknown",
                            "CO2", AIR, AIR_POINTS));
        }

        @Test
        void rejectsDataPointOnSingleValueKpi() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EC: ICT: ICT: 1C / 3G\": 10}")))
                    .extracting(Issue::pointer, Issue::kpi, Issue::key)
                    .containsExactly(tuple("/benchmarkOverrides/EC: ICT: ICT: 1C ~1 3G", INTERNET, "datapoint.none"));
        }

        @Test
        void refusesDirectionNoneWithATarget() {
            assertThat(rejected(withKpisAnd(
                    "\"benchmarkOverrides\": {\"EC: ICT: ICT: 1C\": {\"target\": 50, \"direction\": \"none\"}}")))
                    .containsExactly(issue("/benchmarkOverrides/EC: ICT: ICT: 1C", INTERNET, "override.direction.none", INTERNET));
        }

        @Test
        void refusesPlainTargetForItemWhoseReferenceHasNoDirection() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EC: ICT: ICT: 5C\": 200}")))
                    .containsExactly(issue("/benchmarkOverrides/EC: ICT: ICT: 5C", "EC: ICT: ICT: 5C",
                            "override.direction.none", "EC: ICT: ICT: 5C"));
        }

        @Test
        void rejectsUnknownDirection() {
            assertThat(rejected(withKpisAnd(
                    "\"benchmarkOverrides\": {\"EC: ICT: ICT: 1C\": {\"target\": 50, \"direction\": \"up\"}}")))
                    .containsExactly(issue("/benchmarkOverrides/EC: ICT: ICT: 1C/direction", INTERNET,
                            "override.direction.unknown", "up"));
        }

        @Test
        void rejectsSameItemOverriddenTwiceInTwoSpellings() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EC: ICT: ICT: 1C\": 90, \"EC-ICT-ICT-1C\": 95}")))
                    .containsExactly(issue("/benchmarkOverrides/EC-ICT-ICT-1C", INTERNET, "override.duplicate", INTERNET));
        }

        @Test
        void rejectsTargetOutsideTheUnitRange() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EC: ICT: ICT: 1C\": 150}")))
                    .containsExactly(issue("/benchmarkOverrides/EC: ICT: ICT: 1C", INTERNET, "override.out-of-range", "150", "%"));
        }

        @Test
        void rejectsZeroTargetForHigherIsBetter() {
            assertThat(rejected(withKpisAnd("\"benchmarkOverrides\": {\"EC: ICT: ICT: 1C\": 0}")))
                    .containsExactly(issue("/benchmarkOverrides/EC: ICT: ICT: 1C", INTERNET, "override.zero", INTERNET, "higher"));
        }

        @Test
        void rejectsUnknownFieldAndNonNumericTargetInOverrideObject() {
            assertThat(rejected(withKpisAnd(
                    "\"benchmarkOverrides\": {\"EC: ICT: ICT: 1C\": {\"target\": \"90\", \"goal\": 1}}")))
                    .containsExactly(
                            issue("/benchmarkOverrides/EC: ICT: ICT: 1C/goal", INTERNET, "field.unknown", "goal",
                                    "direction, target"),
                            issue("/benchmarkOverrides/EC: ICT: ICT: 1C/target", INTERNET, "number.not-a-number", "\"90\""));
        }
    }

    // ---- malformed JSON --------------------------------------------------------------------------

    @Nested
    class MalformedJson {

        @Test
        void rejectsTruncatedJsonWithLineAndColumn() {
            DatasetUnreadableException e = unreadable("{\n  \"city\": {\"name\": \"Testville\",\n  \"reportingYear\"");

            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isPositive();
            assertThat(e.problem()).isNotBlank();
            assertThat(e.getMessage()).startsWith("Malformed JSON at line 3, column ");
        }

        @Test
        void rejectsTrailingGarbageWithLineAndColumn() {
            DatasetUnreadableException e = unreadable(withKpis() + "\n  garbage");

            assertThat(e.line()).isEqualTo(withKpis().split("\n").length + 1);
            assertThat(e.column()).isBetween(3, 10);
        }

        @Test
        void rejectsSecondJsonValueAfterTheDataset() {
            DatasetUnreadableException e = unreadable("{}\n{}");

            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isPositive();
        }

        @Test
        void rejectsDuplicateKeysWithLineAndColumn() {
            DatasetUnreadableException e = unreadable("""
                    {
                      "reportingYear": 2025,
                      "reportingYear": 2024
                    }""");

            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isPositive();
            assertThat(e.problem()).contains("reportingYear");
        }

        @Test
        void rejectsDuplicateKeysInsideAKpiEntry() {
            DatasetUnreadableException e = unreadable(withKpis("{\"code\": \"EC: ICT: ICT: 1C\",\n \"value\": 1, \"value\": 2}"));

            assertThat(e.problem()).contains("value");
            assertThat(e.line()).isGreaterThan(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\n"})
        void rejectsEmptyBody(String body) {
            DatasetUnreadableException e = unreadable(body);

            assertThat(e.line()).isPositive();
            assertThat(e.column()).isPositive();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {"[] | array", "42 | number", "\"text\" | string", "null | null", "true | boolean"})
        void rejectsTopLevelThatIsNotAnObject(String body, String kind) {
            assertThat(rejected(body)).containsExactly(issue("", null, "dataset.not-object", kind));
        }
    }

    // ---- everything at once ----------------------------------------------------------------------

    @Test
    void collectsEveryProblemOfASubmissionAtOnce() {
        List<Issue> errors = rejected("""
                {
                  "colour": "blue",
                  "city": {"name": " ", "country": "Norway", "gdp": 1000, "currency": "ZZZ"},
                  "reportingYear": 1800,
                  "verification": {"mode": "in person", "completedOn": "2025-02-30"},
                  "kpis": [
                    {"code": "EC: ICT: ICT: 9C", "value": 1},
                    {"code": "EC: ICT: ICT: 1C", "value": 120, "dataQuality": "great"},
                    {"code": "SC: SH: SA: 3A", "value": "yes"},
                    {"code": "EN: EN: AQ: 1C", "value": 3, "dataPoints": [{"name": "CO2", "value": 1}]},
                    {"code": "EC-ICT-ICT-1C", "value": 90}
                  ],
                  "benchmarkOverrides": {"XX": 1, "EC: ICT: ICT: 1C": {"target": 50, "direction": "none"}},
                  "findings": {"auditResults": "all good"}
                }""");

        assertThat(errors).extracting(Issue::pointer, Issue::key).contains(
                tuple("/colour", "field.unknown"),
                tuple("/city/name", "text.blank"),
                tuple("/city/currency", "city.currency.unknown"),
                tuple("/reportingYear", "year.invalid"),
                tuple("/verification/mode", "verification.mode.unknown"),
                tuple("/verification/completedOn", "date.malformed"),
                tuple("/kpis/0/code", "kpi.unknown"),
                tuple("/kpis/1/value", "value.percent-range"),
                tuple("/kpis/1/dataQuality", "quality.unknown"),
                tuple("/kpis/2/value", "value.yes-no"),
                tuple("/kpis/3/value", "kpi.multipart.field"),
                tuple("/kpis/3/dataPoints/0/name", "datapoint.unknown"),
                tuple("/kpis/4/code", "kpi.duplicate"),
                tuple("/benchmarkOverrides/XX", "override.unknown-item"),
                tuple("/benchmarkOverrides/EC: ICT: ICT: 1C", "override.direction.none"),
                tuple("/findings/auditResults", "type.array-of-strings"));
        assertThat(errors.stream().map(Issue::pointer).distinct().count()).isGreaterThanOrEqualTo(16);
        assertThat(errors.stream().map(Issue::key).distinct().count()).isGreaterThanOrEqualTo(8);
    }

    // ---- canonical round trip --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"samples/lumeria-2025.json", "samples/minimal.json"})
    void canonicalFormOfASampleReadsBackToAnEqualDataset(String sample) throws IOException {
        assertRoundTrip(Files.readAllBytes(Path.of(sample)));
    }

    @Test
    void canonicalFormOfEveryFeatureReadsBackToAnEqualDataset() {
        assertRoundTrip(("""
                {
                  "city": {"name": "Testville", "country": "Norway", "population": 1000, "households": 400,
                           "gdp": 5000000, "currency": "NOK", "inflationRate": -1.5},
                  "reportingYear": 2025,
                  "verification": {"mode": "remote", "completedOn": "2025-10-31", "reportDate": "2025-11"},
                  "kpis": [
                    {"code": "ec-ict-ict-1c", "numerator": 98712, "denominator": 108000, "verified": true,
                     "dataQuality": "survey-extrapolation", "sources": ["A", "B"], "dataOrigin": "Survey"},
                    {"code": "EC: ICT: ICT: 2C", "value": 41.2, "reported": false, "note": "kept, not scored"},
                    {"code": "EC: ICT: ICT: 3C", "reported": false},
                    {"code": "SC: SH: SA: 3A", "value": true, "verified": true, "year": 2024},
                    {"code": "EN: EN: AQ: 1C", "note": "partial", "dataPoints": [
                      {"name": "pm2.5", "value": 9.8},
                      {"name": "PM10", "value": 19, "verified": true},
                      {"name": "SO2", "reported": false, "note": "not measured"}]},
                    {"code": "EN: EN: WS: 4C", "reported": false, "note": "no data"},
                    {"code": "EC: I: UP: 2A", "dataPoints": [{"name": "compact", "value": false}]}
                  ],
                  "benchmarkOverrides": {"EC: ICT: ICT: 2C": 50, "EC: I: WS: 3C": null, "EC: ICT: ICT: 5C": null,
                                         "en: en: aq: 1c / no2": {"target": 20, "direction": "lower"}},
                  "findings": {"auditResults": ["one"], "policyRecommendations": ["two", "three"]}
                }""").getBytes(StandardCharsets.UTF_8));
    }

    private void assertRoundTrip(byte[] body) {
        Dataset first = checker.check(body).dataset();
        String canonical = write(first);
        Dataset second = checker.check(canonical.getBytes(StandardCharsets.UTF_8)).dataset();

        assertThat(second).isEqualTo(first);
        assertThat(write(second)).isEqualTo(canonical);
    }

    /** The canonical writer the service uses to store a dataset (DatasetService.write). */
    private static String write(Dataset dataset) {
        try {
            return DatasetChecker.mapper().writeValueAsString(dataset);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static final String CITY = "\"city\": {\"name\": \"Testville\", \"country\": \"Norway\"}";
    private static final String YEAR = "\"reportingYear\": 2025";

    /** A minimal valid dataset (reporting year 2025) with the given KPI entries. */
    private static String withKpis(String... entries) {
        return withKpisAnd(null, entries);
    }

    /** A minimal valid dataset with further top-level members and the given KPI entries. */
    private static String withKpisAnd(String members, String... entries) {
        return "{\n" + CITY + ",\n" + YEAR + ",\n" + (members == null ? "" : members + ",\n")
                + "\"kpis\": [\n" + String.join(",\n", entries) + "\n]\n}";
    }

    /** A dataset from its top-level members as written. */
    private static String document(String members) {
        return "{" + members + "}";
    }

    private static Issue issue(String pointer, String kpi, String key, String... args) {
        return new Issue(pointer, kpi, key, List.of(args));
    }

    private List<Issue> rejected(String json) {
        DatasetRejectedException e = assertThrows(DatasetRejectedException.class,
                () -> checker.check(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(e.errors()).isNotEmpty();
        assertWorded(e.errors());
        return e.errors();
    }

    private DatasetChecker.Accepted accepted(String json) {
        DatasetChecker.Accepted accepted = checker.check(json.getBytes(StandardCharsets.UTF_8));
        assertWorded(accepted.warnings());
        return accepted;
    }

    private DatasetUnreadableException unreadable(String json) {
        return assertThrows(DatasetUnreadableException.class, () -> checker.check(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every issue has English words for what is wrong and what is allowed, with all arguments filled. */
    private static void assertWorded(List<Issue> issues) {
        for (Issue i : issues) {
            for (String key : List.of(i.key(), i.key() + ".allowed")) {
                assertThat(MESSAGES.has(key)).as("message %s", key).isTrue();
                String text = MESSAGES.format(Locale.ENGLISH, key, i.args());
                assertThat(UNFILLED_ARGUMENT.matcher(text).find()).as("%s -> %s", key, text).isFalse();
            }
        }
    }
}
