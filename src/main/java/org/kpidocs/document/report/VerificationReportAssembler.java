package org.kpidocs.document.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.ItemResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.Tally;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.BandStyle;
import org.kpidocs.document.DocumentDate;
import org.kpidocs.document.Imprint;
import org.kpidocs.document.ScoreText;
import org.kpidocs.document.Targets;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.Formats;
import org.kpidocs.document.Units;
import org.kpidocs.i18n.Messages;

/** Turns a stored dataset and its assessment into the report's text model. Stateless. */
final class VerificationReportAssembler {

    static final String TEMPLATE_VERSION = "verification-report/1";
    static final String WHEEL_ID = "wheel";
    /** The words of dataset issues and warnings, shared with the API's answers. */
    private static final Messages ISSUES = new Messages("messages/api");

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;
    private final Messages messages;
    private final CatalogueNames names;

    VerificationReportAssembler(Catalogue catalogue, BenchmarkSet benchmarks, Messages messages, CatalogueNames names) {
        this.catalogue = catalogue;
        this.names = names;
        this.benchmarks = benchmarks;
        this.messages = messages;
    }

    /**
     * @param svg draws the wheel as SVG for the HTML page, given its alt text; answers null for the PDF
     */
    VerificationReport assemble(StoredDataset stored, Assessment a, DocumentLanguage language,
                                java.util.function.UnaryOperator<String> svg) {
        Locale locale = language.locale();
        Formats f = new Formats(locale);
        Dataset d = stored.dataset();
        return new VerificationReport(language.tag(), language.direction(), d.city().name(), d.city().country(),
                f.monthYear(DocumentDate.month(stored)), Imprint.of(stored, a, TEMPLATE_VERSION, f),
                background(d, f, locale), counts(a.summary().kpis(), f, locale),
                counts(a.summary().dataPoints(), f, locale), wheel(a, svg, f, locale), method(a, f, locale),
                results(a, f, locale), notReported(a), notVerified(a, d),
                new VerificationReport.Findings(d.findings().auditResults(), d.findings().policyRecommendations(),
                        d.findings().improvementOpportunities()),
                score(a.overall(), f), BandStyle.palette(), screening(stored, locale),
                names.in(locale).anyUnofficial());
    }

    /** The dataset's warnings in the words the API gives them, in the document's language. */
    private List<VerificationReport.ScreeningNote> screening(StoredDataset stored, Locale locale) {
        return stored.warnings().stream().map(i -> new VerificationReport.ScreeningNote(i.kpi(),
                i.cell() != null ? i.cell() : i.pointer(), ISSUES.format(locale, i.key(), i.args()))).toList();
    }

    private VerificationReport.Background background(Dataset d, Formats f, Locale locale) {
        Dataset.Verification v = d.verification();
        return new VerificationReport.Background(v == null ? null : v.verifier(), v == null ? null : v.organisation(),
                v == null || v.mode() == null ? null : word(locale, "report.mode." + v.mode().id()),
                v == null || v.completedOn() == null ? null : f.date(v.completedOn()),
                f.year(d.reportingYear()),
                d.city().population() == null ? null : f.integer(d.city().population()));
    }

    private List<VerificationReport.CountRow> counts(Assessment.Counts c, Formats f, Locale locale) {
        List<VerificationReport.CountRow> rows = new ArrayList<>();
        for (Assessment.DimensionCounts d : c.byDimension()) {
            rows.add(row(d.dimension(), false, d.core(), d.advanced(), d.all(), f));
        }
        rows.add(row(word(locale, "report.total"), true, c.core(), c.advanced(), c.all(), f));
        return rows;
    }

    private static VerificationReport.CountRow row(String label, boolean total, Tally core, Tally adv, Tally all, Formats f) {
        return new VerificationReport.CountRow(label, total, f.integer(core.total()), f.integer(core.reported()),
                f.integer(core.verified()), f.integer(adv.total()), f.integer(adv.reported()),
                f.integer(adv.verified()), f.integer(all.total()), f.integer(all.reported()), f.integer(all.verified()));
    }

    private VerificationReport.Wheel wheel(Assessment a, java.util.function.UnaryOperator<String> svg, Formats f,
                                           Locale locale) {
        List<VerificationReport.WheelRow> rows = new ArrayList<>();
        for (DimensionResult d : a.dimensions()) {
            d.subDimensions().forEach(s -> s.categories().forEach(
                    c -> rows.add(new VerificationReport.WheelRow(d.name(), c.name(), score(c.score(), f)))));
        }
        List<VerificationReport.Legend> legend = Stream.of(org.kpidocs.assessment.Band.values())
                .map(b -> new VerificationReport.Legend(BandStyle.cssClass(b), b.id())).toList();
        String alt = word(locale, "report.wheel.alt", a.city(), overallWords(a, f, locale));
        return new VerificationReport.Wheel(WHEEL_ID, svg.apply(alt), alt, legend, rows);
    }

    private String overallWords(Assessment a, Formats f, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (DimensionResult d : a.dimensions()) {
            sb.append(d.name()).append(' ').append(d.score().scored() == 0 ? word(locale, "report.na")
                    : f.percent(d.score().percentage())).append("; ");
        }
        return sb.append(a.overall().scored() == 0 ? word(locale, "report.na") : f.percent(a.overall().percentage()))
                .toString();
    }

    private Targets method(Assessment a, Formats f, Locale locale) {
        return Targets.of(a, catalogue, benchmarks, f, word(locale, "report.na"));
    }

    private List<VerificationReport.DimensionTable> results(Assessment a, Formats f, Locale locale) {
        List<VerificationReport.DimensionTable> tables = new ArrayList<>();
        for (DimensionResult d : a.dimensions()) {
            List<VerificationReport.CategoryBlock> blocks = new ArrayList<>();
            d.subDimensions().forEach(s -> s.categories().forEach(c -> blocks.add(block(c, f, locale))));
            tables.add(new VerificationReport.DimensionTable("results-" + d.code().toLowerCase(Locale.ROOT), d.name(),
                    score(d.score(), f), blocks));
        }
        return tables;
    }

    private VerificationReport.CategoryBlock block(CategoryResult c, Formats f, Locale locale) {
        List<VerificationReport.ResultRow> rows = new ArrayList<>();
        for (KpiResult k : c.kpis()) {
            Kpi kpi = catalogue.find(k.code()).orElseThrow();
            if (k.dataPoints() == null) {
                rows.add(resultRow(k.code(), k.name(), k.result(), kpi.valueKind(), kpi.unit(), f, locale));
            } else {
                for (int i = 0; i < k.dataPoints().size(); i++) {
                    // By position: the names may be translated; the assessment keeps the catalogue's order.
                    Assessment.DataPointResult dp = k.dataPoints().get(i);
                    DataPoint def = kpi.dataPoints().get(i);
                    rows.add(resultRow(k.code(), k.name() + " – " + dp.name(), dp.result(), def.valueKind(), def.unit(),
                            f, locale));
                }
            }
        }
        return new VerificationReport.CategoryBlock(c.name().toUpperCase(locale), score(c.score(), f), rows.size(),
                rows);
    }

    private VerificationReport.ResultRow resultRow(String code, String label, ItemResult r,
                                                   org.kpidocs.catalogue.ValueKind kind, String unit, Formats f,
                                                   Locale locale) {
        String result = r.value() == null ? word(locale, "report.not-reported-short")
                : Units.result(r.value(), kind, unit, f, word(locale, "report.yes"), word(locale, "report.no"),
                        key -> word(locale, key, f.integer(100_000)));
        String status = r.scored() ? "scored" : r.naReason().id();
        return new VerificationReport.ResultRow(code, label, result, status, r.band() == null ? null : r.band().id(),
                BandStyle.cssClass(r.band()));
    }

    private List<VerificationReport.NotReported> notReported(Assessment a) {
        List<VerificationReport.NotReported> rows = new ArrayList<>();
        for (KpiResult k : allKpis(a)) {
            switch (k.reporting()) {
                case NOT_REPORTED -> rows.add(new VerificationReport.NotReported(k.code(), k.name(), List.of()));
                case PARTIAL -> rows.add(new VerificationReport.NotReported(k.code(), k.name(), k.missingDataPoints()));
                default -> { }
            }
        }
        return rows;
    }

    private List<VerificationReport.NotVerified> notVerified(Assessment a, Dataset d) {
        List<VerificationReport.NotVerified> rows = new ArrayList<>();
        for (Assessment.NotVerifiedKpi n : a.summary().notVerified()) {
            String note = d.entry(n.code()).map(e -> e.measurement().note()).orElse(null);
            rows.add(new VerificationReport.NotVerified(n.code(), n.name(), n.dataPoints(), note));
        }
        return rows;
    }

    private static List<KpiResult> allKpis(Assessment a) {
        return a.dimensions().stream().flatMap(d -> d.subDimensions().stream())
                .flatMap(s -> s.categories().stream()).flatMap(c -> c.kpis().stream()).toList();
    }

    static ScoreText score(org.kpidocs.assessment.Score s, Formats f) {
        return ScoreText.of(s, f);
    }

    private String word(Locale locale, String key, String... args) {
        return messages.format(locale, key, args);
    }
}
