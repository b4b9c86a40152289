package org.kpidocs.document.factsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessment.CategoryResult;
import org.kpidocs.assessment.Assessment.DataPointResult;
import org.kpidocs.assessment.Assessment.DimensionResult;
import org.kpidocs.assessment.Assessment.ItemResult;
import org.kpidocs.assessment.Assessment.KpiResult;
import org.kpidocs.assessment.Assessment.Reporting;
import org.kpidocs.assessment.Assessment.SubDimensionResult;
import org.kpidocs.assessment.Assessment.Tally;
import org.kpidocs.assessment.Band;
import org.kpidocs.assessment.LocalAssessment;
import org.kpidocs.assessment.LocalAssessment.LocalKpiResult;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.KpiType;
import org.kpidocs.catalogue.ValueKind;
import org.kpidocs.chart.BarChart;
import org.kpidocs.chart.BarCharts;
import org.kpidocs.chart.StackedBarChart;
import org.kpidocs.chart.Sunburst;
import org.kpidocs.chart.SunburstPainter;
import org.kpidocs.chart.SvgWriter;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.BandStyle;
import org.kpidocs.document.CssColour;
import org.kpidocs.document.DocumentDate;
import org.kpidocs.document.ChartFonts;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.Formats;
import org.kpidocs.document.Imprint;
import org.kpidocs.document.ScoreText;
import org.kpidocs.document.Sdgs;
import org.kpidocs.document.Targets;
import org.kpidocs.document.Units;
import org.kpidocs.document.Wheels;
import org.kpidocs.i18n.Messages;
import org.kpidocs.render.Figure;

/**
 * Turns a stored dataset, its assessment and its local KPIs into the Factsheet's and the Snapshot's
 * text models, with the drawings each places. Stateless.
 */
final class FactsheetAssembler {

    static final String FACTSHEET_TEMPLATE_VERSION = "factsheet/1";
    static final String SNAPSHOT_TEMPLATE_VERSION = "snapshot/1";
    /** SVG sizes in CSS pixels; their ratios match the figures' sizes in the stylesheet. */
    static final double SVG_WIDTH = 640;

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;
    private final Messages messages;
    private final CatalogueNames names;

    FactsheetAssembler(Catalogue catalogue, BenchmarkSet benchmarks, Messages messages, CatalogueNames names) {
        this.catalogue = catalogue;
        this.names = names;
        this.benchmarks = benchmarks;
        this.messages = messages;
    }

    /** A model and the drawings its PDF places (by figure id). */
    record Assembled<T>(T model, Map<String, Figure> figures) {
    }

    /** Builds drawings: as SVG for the HTML page, or as figures painted into the PDF. */
    private static final class Drawings {
        private final boolean html;
        private final Map<String, Figure> figures = new LinkedHashMap<>();

        Drawings(boolean html) {
            this.html = html;
        }

        Factsheet.Figure wheel(String id, String css, Sunburst wheel, String title, String alt, double aspect) {
            figures.put(id, (g, area) -> SunburstPainter.paint(wheel, g, area));
            return new Factsheet.Figure(id, css, html ? SvgWriter.svg(wheel, SVG_WIDTH, SVG_WIDTH * aspect, title, alt)
                    : null, alt);
        }

        Factsheet.Figure bars(String id, String css, BarChart chart, String title, String alt, double aspect) {
            figures.put(id, (g, area) -> BarCharts.paint(chart, g, area));
            return new Factsheet.Figure(id, css, html ? SvgWriter.svg(chart, SVG_WIDTH, SVG_WIDTH * aspect, title, alt)
                    : null, alt);
        }

        Factsheet.Figure stacked(String id, String css, StackedBarChart chart, String title, String alt, double aspect) {
            figures.put(id, (g, area) -> BarCharts.paint(chart, g, area));
            return new Factsheet.Figure(id, css, html ? SvgWriter.svg(chart, SVG_WIDTH, SVG_WIDTH * aspect, title, alt)
                    : null, alt);
        }
    }

    // ---- factsheet -------------------------------------------------------------------------------

    Assembled<Factsheet> factsheet(StoredDataset stored, Assessment a, LocalAssessment local, DocumentLanguage language,
                                   boolean html) {
        Locale locale = language.locale();
        Formats f = new Formats(locale);
        Dataset d = stored.dataset();
        Drawings drawings = new Drawings(html);
        Factsheet model = new Factsheet(language.tag(), language.direction(), d.city().name(), d.city().country(),
                f.monthYear(DocumentDate.month(stored)), Imprint.of(stored, a, FACTSHEET_TEMPLATE_VERSION, f),
                front(d, f, locale), introduction(a, local, d, f, locale), findings(a, d, f, locale),
                method(a, local, f, locale), profile(d, f, locale), glance(a, local, drawings, f, locale),
                chapters(a, local, f, locale), plans(d, f), conclusion(a, f), palette());
        return new Assembled<>(model, drawings.figures);
    }

    private static List<CssColour> palette() {
        List<CssColour> colours = new ArrayList<>(BandStyle.palette());
        colours.addAll(Sdgs.palette());
        return colours;
    }

    private Factsheet.Front front(Dataset d, Formats f, Locale locale) {
        List<String> thanks = new ArrayList<>();
        Dataset.Publication p = d.publication();
        List<String> named = p == null ? List.of() : p.acknowledgements();
        Dataset.Verification v = d.verification();
        // The verifier is always thanked, unless the dataset's own acknowledgements already name them.
        if (v != null && v.verifier() != null && named.stream().noneMatch(n -> n.contains(v.verifier()))) {
            thanks.add(v.organisation() == null ? word(locale, "factsheet.acknowledgements.verifier", v.verifier())
                    : word(locale, "factsheet.acknowledgements.verifier-of", v.verifier(), v.organisation()));
        }
        thanks.addAll(named);
        return new Factsheet.Front(p == null ? null : p.forewordBy(), thanks, f.year(d.reportingYear()));
    }

    private Factsheet.Introduction introduction(Assessment a, LocalAssessment local, Dataset d, Formats f,
                                                Locale locale) {
        Assessment.Counts c = a.summary().kpis();
        List<Factsheet.SummaryRow> rows = List.of(summary("core", c.core(), f), summary("advanced", c.advanced(), f),
                summary("all", c.all(), f));
        return new Factsheet.Introduction(f.year(d.reportingYear()), rows,
                local.isEmpty() ? null : f.integer(local.kpis().size()));
    }

    private static Factsheet.SummaryRow summary(String type, Tally t, Formats f) {
        return new Factsheet.SummaryRow(type, f.integer(t.total()), f.integer(t.reported()), share(t.reported(), t.total(), f),
                f.integer(t.verified()), share(t.verified(), t.total(), f));
    }

    private static String share(int part, int total, Formats f) {
        return total == 0 ? "–" : f.percent(part * 100.0 / total);
    }

    private List<Factsheet.Finding> findings(Assessment a, Dataset d, Formats f, Locale locale) {
        List<Factsheet.Finding> findings = new ArrayList<>();
        d.findings().keyFindings().forEach(k -> findings.add(new Factsheet.Finding(false, k.finding(), k.recommendation())));
        String city = d.city().name();
        List<Rankings.Ranked> strongest = Rankings.strongest(a, 3);
        if (!strongest.isEmpty()) {
            findings.add(new Factsheet.Finding(true, word(locale, "factsheet.finding.strongest", city, categories(strongest, f, locale)),
                    word(locale, "factsheet.finding.strongest.do", city)));
        }
        List<Rankings.Ranked> weakest = Rankings.weakest(a, 3);
        if (!weakest.isEmpty()) {
            findings.add(new Factsheet.Finding(true, word(locale, "factsheet.finding.weakest", city, categories(weakest, f, locale)),
                    word(locale, "factsheet.finding.weakest.do", city)));
        }
        List<String> low = new ArrayList<>();
        for (KpiResult k : FactsheetFigures.kpis(a)) {
            if (k.dataPoints() == null) {
                if (k.result().band() == Band.BELOW_33) {
                    low.add(k.name());
                }
            } else {
                k.dataPoints().stream().filter(p -> p.result().band() == Band.BELOW_33)
                        .forEach(p -> low.add(k.name() + " – " + p.name()));
            }
        }
        if (!low.isEmpty()) {
            findings.add(new Factsheet.Finding(true, word(locale, "factsheet.finding.low", city, f.integer(low.size()),
                    String.join(", ", low)), word(locale, "factsheet.finding.low.do", city)));
        }
        List<String> core = new ArrayList<>();
        for (KpiResult k : FactsheetFigures.kpis(a)) {
            if (k.type() == KpiType.CORE && k.reporting() == Reporting.NOT_REPORTED) {
                core.add(k.name() + " (" + k.code() + ")");
            }
        }
        if (!core.isEmpty()) {
            findings.add(new Factsheet.Finding(true, word(locale, "factsheet.finding.core", city, f.integer(core.size()),
                    String.join(", ", core)), word(locale, "factsheet.finding.core.do", city)));
        }
        return findings;
    }

    private String categories(List<Rankings.Ranked> ranked, Formats f, Locale locale) {
        List<String> names = new ArrayList<>();
        for (Rankings.Ranked r : ranked) {
            names.add(word(locale, "factsheet.finding.category", categoryName(r), f.percent(r.percentage())));
        }
        return String.join(", ", names);
    }

    /** The category's name, with its sub-dimension where the name alone is ambiguous. */
    private static String categoryName(Rankings.Ranked r) {
        return r.ambiguousName() ? r.category().name() + " – " + r.subDimension().name() : r.category().name();
    }

    private Factsheet.Method method(Assessment a, LocalAssessment local, Formats f, Locale locale) {
        long inferred = catalogue.kpis().stream().filter(k -> !Sdgs.goals(k).isEmpty() && Sdgs.inferred(k)).count();
        long none = catalogue.kpis().stream().filter(k -> Sdgs.goals(k).isEmpty()).count();
        return new Factsheet.Method(Targets.of(a, catalogue, benchmarks, f, word(locale, "factsheet.na")),
                f.integer(local.kpis().size()), f.integer(inferred), f.integer(none),
                names.in(locale).anyUnofficial());
    }

    private Factsheet.Profile profile(Dataset d, Formats f, Locale locale) {
        Dataset.City c = d.city();
        List<Factsheet.Fact> facts = new ArrayList<>();
        if (c.region() != null) {
            facts.add(new Factsheet.Fact("region", c.region()));
        }
        if (c.population() != null) {
            facts.add(new Factsheet.Fact("population", f.integer(c.population())));
        }
        if (c.areaKm2() != null) {
            facts.add(new Factsheet.Fact("area", word(locale, "factsheet.profile.area.value", f.decimal(c.areaKm2()))));
        }
        if (c.households() != null) {
            facts.add(new Factsheet.Fact("households", f.integer(c.households())));
        }
        if (c.gdp() != null) {
            facts.add(new Factsheet.Fact("gdp", word(locale, "factsheet.profile.money", money(c.gdp(), f), c.currency())));
        }
        if (c.householdIncome() != null) {
            facts.add(new Factsheet.Fact("income",
                    word(locale, "factsheet.profile.money", money(c.householdIncome(), f), c.currency())));
        }
        if (c.inflationRate() != null) {
            facts.add(new Factsheet.Fact("inflation",
                    word(locale, "factsheet.profile.inflation.value", f.decimal(c.inflationRate()))));
        }
        return new Factsheet.Profile(facts, c.description());
    }

    private static String money(double amount, Formats f) {
        return amount == Math.rint(amount) && amount < 1e15 ? f.integer((long) amount) : f.decimal(amount);
    }

    // ---- section 5: the wheel and the charts --------------------------------------------------

    private Factsheet.Glance glance(Assessment a, LocalAssessment local, Drawings drawings, Formats f, Locale locale) {
        String city = a.city();
        Sunburst wheel = wheel(a, local, locale);
        String overallWords = overallWords(a, f, locale);
        Factsheet.Figure wheelFigure = drawings.wheel(FactsheetFigures.WHEEL, "wheel", wheel, city,
                word(locale, "factsheet.wheel.alt", city, overallWords), 1.0);

        List<FactsheetFigures.ScoreBar> bars = new ArrayList<>();
        List<Factsheet.ScoreRow> scoreRows = new ArrayList<>();
        for (DimensionResult d : a.dimensions()) {
            bars.add(new FactsheetFigures.ScoreBar(d.name(), d.score(), true, note(d.score(), f, locale)));
            scoreRows.add(new Factsheet.ScoreRow("dimension", d.name(), ScoreText.of(d.score(), f)));
            for (SubDimensionResult s : d.subDimensions()) {
                bars.add(new FactsheetFigures.ScoreBar(s.name(), s.score(), false, note(s.score(), f, locale)));
                scoreRows.add(new Factsheet.ScoreRow("sub-dimension", s.name(), ScoreText.of(s.score(), f)));
            }
            for (LocalAssessment.LocalDimension ld : local.dimensions()) {
                if (ld.code().equals(d.code())) {
                    String label = word(locale, "local.dimension-row", d.name());
                    bars.add(new FactsheetFigures.ScoreBar(label, ld.score(), false, note(ld.score(), f, locale)));
                    scoreRows.add(new Factsheet.ScoreRow("local", label, ScoreText.of(ld.score(), f)));
                }
            }
        }
        BarChart scoreChart = FactsheetFigures.scoreChart(bars, word(locale, "factsheet.chart.axis"),
                ChartFonts.of(locale));
        String scoreWords = String.join("; ", scoreRows.stream().map(r -> r.name() + " "
                + (r.score().percentage() == null ? word(locale, "factsheet.na") : r.score().percentage())).toList());
        Factsheet.Figure scoreFigure = drawings.bars(FactsheetFigures.DIMENSIONS, "chart-dimensions", scoreChart,
                word(locale, "factsheet.s5.dimensions.heading"), word(locale, "factsheet.dimensions.alt", city, scoreWords),
                110.0 / 168);

        List<FactsheetFigures.Completeness> completeness = new ArrayList<>();
        for (Assessment.DimensionCounts dc : a.summary().kpis().byDimension()) {
            completeness.add(completeness(dc.dimension(), false, dc.all()));
        }
        completeness.add(completeness(word(locale, "factsheet.table.all"), false, a.summary().kpis().all()));
        if (!local.isEmpty()) {
            int verified = (int) local.kpis().stream().filter(LocalKpiResult::verified).count();
            int reported = (int) local.kpis().stream().filter(LocalKpiResult::reported).count();
            completeness.add(new FactsheetFigures.Completeness(word(locale, "local.all"), true, local.kpis().size(),
                    verified, reported - verified, local.kpis().size() - reported));
        }
        StackedBarChart completenessChart = FactsheetFigures.completenessChart(completeness,
                word(locale, "factsheet.chart.series.verified"), word(locale, "factsheet.chart.series.reported-only"),
                word(locale, "factsheet.chart.series.not-reported"), word(locale, "factsheet.chart.completeness.axis"),
                ChartFonts.of(locale));
        List<Factsheet.CompletenessRow> completenessRows = completeness.stream().map(c -> new Factsheet.CompletenessRow(
                c.label(), c.local(), f.integer(c.total()), f.integer(c.verified()), f.integer(c.reportedOnly()),
                f.integer(c.notReported()), share(c.verified(), c.total(), f))).toList();
        String completenessWords = String.join("; ", completenessRows.stream()
                .map(r -> r.name() + " " + r.verified() + "/" + r.total()).toList());
        Factsheet.Figure completenessFigure = drawings.stacked(FactsheetFigures.COMPLETENESS, "chart-completeness",
                completenessChart, word(locale, "factsheet.s5.completeness.heading"),
                word(locale, "factsheet.completeness.alt", city, completenessWords), 62.0 / 168);

        List<FactsheetFigures.SdgData> sdg = FactsheetFigures.sdgProfile(a, catalogue);
        BarChart sdgChart = FactsheetFigures.sdgChart(sdg,
                g -> word(locale, "factsheet.chart.sdg.label", f.plain(g), word(locale, "sdg." + g)),
                s -> sdgNote(s, f, locale), word(locale, "factsheet.chart.axis"), ChartFonts.of(locale));
        List<Factsheet.SdgRow> sdgRows = sdg.stream().map(s -> new Factsheet.SdgRow(f.plain(s.goal()),
                word(locale, "sdg." + s.goal()), Sdgs.cssClass(s.goal()), f.integer(s.linked()), f.integer(s.reported()),
                f.integer(s.scored()), sdgScore(s, f))).toList();
        String sdgWords = String.join("; ", sdg.stream().map(s -> s.goal() + " " + (s.percentage() == null
                ? word(locale, "factsheet.na") : f.percent(s.percentage()))).toList());
        Factsheet.Figure sdgFigure = drawings.bars(FactsheetFigures.SDG, "chart-sdg", sdgChart,
                word(locale, "factsheet.s5.sdg.heading"), word(locale, "factsheet.sdg.alt", city, sdgWords), 125.0 / 168);

        return new Factsheet.Glance(wheelFigure, legend(), wheelRows(a, local, f, locale), ScoreText.of(a.overall(), f),
                local.isEmpty() ? null : ScoreText.of(local.overall(), f), scoreFigure, scoreRows, completenessFigure,
                completenessRows, sdgFigure, sdgRows);
    }

    private static FactsheetFigures.Completeness completeness(String label, boolean local, Tally t) {
        return new FactsheetFigures.Completeness(label, local, t.total(), t.verified(), t.reported() - t.verified(),
                t.total() - t.reported());
    }

    private String note(org.kpidocs.assessment.Score s, Formats f, Locale locale) {
        return s.scored() == 0 ? word(locale, "factsheet.na") : f.percent(s.percentage());
    }

    private String sdgNote(FactsheetFigures.SdgData s, Formats f, Locale locale) {
        if (s.linked() == 0) {
            return word(locale, "factsheet.chart.sdg.none");
        }
        if (s.scored() == 0) {
            return word(locale, "factsheet.chart.sdg.unscored", f.integer(s.reported()));
        }
        return word(locale, "factsheet.chart.sdg.note", f.percent(s.percentage()), f.integer(s.reported()));
    }

    /** The pooled score of a goal, in the same form as any other score. */
    private static ScoreText sdgScore(FactsheetFigures.SdgData s, Formats f) {
        if (s.scored() == 0) {
            return new ScoreText(null, null, null, BandStyle.cssClass(null));
        }
        return new ScoreText(s.points() + "/" + 4 * s.scored(), f.percent(s.percentage()), s.band().id(),
                BandStyle.cssClass(s.band()));
    }

    Sunburst wheel(Assessment a, LocalAssessment local, Locale locale) {
        return Wheels.of(a, local, word(locale, "local.category"), name -> word(locale, "local.item", name),
                ChartFonts.of(locale));
    }

    static List<String> legend() {
        return java.util.Arrays.stream(Band.values()).map(Band::id).toList();
    }

    List<Factsheet.WheelRow> wheelRows(Assessment a, LocalAssessment local, Formats f, Locale locale) {
        List<Factsheet.WheelRow> rows = new ArrayList<>();
        for (DimensionResult d : a.dimensions()) {
            d.subDimensions().forEach(s -> s.categories().forEach(
                    c -> rows.add(new Factsheet.WheelRow(d.name(), c.name(), ScoreText.of(c.score(), f), false))));
            local.dimensions().stream().filter(ld -> ld.code().equals(d.code())).forEach(ld -> rows.add(
                    new Factsheet.WheelRow(d.name(), word(locale, "local.category"), ScoreText.of(ld.score(), f), true)));
        }
        return rows;
    }

    String overallWords(Assessment a, Formats f, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (DimensionResult d : a.dimensions()) {
            sb.append(d.name()).append(' ').append(note(d.score(), f, locale)).append("; ");
        }
        return sb.append(note(a.overall(), f, locale)).toString();
    }

    // ---- dimension chapters ------------------------------------------------------------------

    private List<Factsheet.Chapter> chapters(Assessment a, LocalAssessment local, Formats f, Locale locale) {
        List<Factsheet.Chapter> chapters = new ArrayList<>();
        int n = 0;
        for (DimensionResult d : a.dimensions()) {
            n++;
            List<Factsheet.Block> blocks = new ArrayList<>();
            List<Factsheet.ScoreRow> subs = new ArrayList<>();
            for (SubDimensionResult s : d.subDimensions()) {
                subs.add(new Factsheet.ScoreRow("sub-dimension", s.name(), ScoreText.of(s.score(), f)));
                s.categories().forEach(c -> blocks.add(block(c, f, locale)));
            }
            List<Factsheet.Row> localRows = new ArrayList<>();
            ScoreText localScore = null;
            for (LocalAssessment.LocalDimension ld : local.dimensions()) {
                if (ld.code().equals(d.code())) {
                    localScore = ScoreText.of(ld.score(), f);
                    local.kpis().stream().filter(k -> k.dimension().equals(d.code()))
                            .forEach(k -> localRows.add(localRow(k, f, locale)));
                }
            }
            if (!localRows.isEmpty()) {
                blocks.add(new Factsheet.Block(word(locale, "factsheet.chapter.local-category"), true, localRows.size(),
                        localRows));
            }
            boolean inferred = blocks.stream().flatMap(b -> b.items().stream()).anyMatch(Factsheet.Row::sdgInferred);
            chapters.add(new Factsheet.Chapter("dimension-" + d.code().toLowerCase(Locale.ROOT), f.plain(n),
                    d.name(), ScoreText.of(d.score(), f), subs, localScore, blocks, inferred));
        }
        return chapters;
    }

    private Factsheet.Block block(CategoryResult c, Formats f, Locale locale) {
        List<Factsheet.Row> rows = new ArrayList<>();
        for (KpiResult k : c.kpis()) {
            Kpi kpi = catalogue.find(k.code()).orElseThrow();
            List<Factsheet.Badge> badges = badges(Sdgs.goals(kpi), f);
            boolean inferred = !badges.isEmpty() && Sdgs.inferred(kpi);
            if (k.dataPoints() == null) {
                rows.add(row(k.code(), k.name(), k.result(), kpi.valueKind(), kpi.unit(), badges, inferred, f, locale));
            } else {
                boolean first = true;
                for (int i = 0; i < k.dataPoints().size(); i++) {
                    // By position: the names may be translated; the assessment keeps the catalogue's order.
                    DataPointResult dp = k.dataPoints().get(i);
                    DataPoint def = kpi.dataPoints().get(i);
                    rows.add(row(k.code(), k.name() + " – " + dp.name(), dp.result(), def.valueKind(), def.unit(),
                            first ? badges : List.of(), first && inferred, f, locale));
                    first = false;
                }
            }
        }
        return new Factsheet.Block(c.name().toUpperCase(locale), false, rows.size(), rows);
    }

    private Factsheet.Row row(String code, String label, ItemResult r, ValueKind kind, String unit,
                              List<Factsheet.Badge> badges, boolean inferred, Formats f, Locale locale) {
        String result = r.value() == null ? word(locale, "factsheet.not-reported-short")
                : Units.result(r.value(), kind, unit, f, word(locale, "factsheet.yes"), word(locale, "factsheet.no"),
                        key -> word(locale, key, f.integer(100_000)));
        return band(code, label, result, r, badges, inferred, false);
    }

    private Factsheet.Row localRow(LocalKpiResult k, Formats f, Locale locale) {
        ItemResult r = k.result();
        String result = r.value() == null ? word(locale, "factsheet.not-reported-short")
                : (r.value() == Math.rint(r.value()) && Math.abs(r.value()) < 1e15 ? f.integer(r.value().longValue())
                : f.decimal(r.value())) + " " + k.unit();
        return band(k.code(), word(locale, "local.row", k.name(), k.code()), result, r, badges(k.sdgGoals(), f), false, true);
    }

    private static Factsheet.Row band(String code, String label, String result, ItemResult r,
                                      List<Factsheet.Badge> badges, boolean inferred, boolean local) {
        String status = r.scored() ? "scored" : r.naReason().id();
        return new Factsheet.Row(code, label, result, status, r.band() == null ? null : r.band().id(),
                BandStyle.cssClass(r.band()), r.band() == null ? null : "w" + r.band().points(), badges, inferred, local);
    }

    private static List<Factsheet.Badge> badges(List<Integer> goals, Formats f) {
        return goals.stream().map(g -> new Factsheet.Badge(f.plain(g), Sdgs.cssClass(g))).toList();
    }

    private static Factsheet.Plans plans(Dataset d, Formats f) {
        Dataset.Publication p = d.publication();
        if (p == null) {
            return new Factsheet.Plans(List.of(), List.of());
        }
        return new Factsheet.Plans(p.goals().stream().map(g -> plan(g, f)).toList(),
                p.projects().stream().map(g -> plan(g, f)).toList());
    }

    private static Factsheet.Plan plan(Dataset.Plan p, Formats f) {
        return new Factsheet.Plan(p.title(), p.description(), badges(p.sdgGoals(), f));
    }

    private static Factsheet.Conclusion conclusion(Assessment a, Formats f) {
        Tally all = a.summary().kpis().all();
        return new Factsheet.Conclusion(f.integer(all.reported()), share(all.reported(), all.total(), f),
                f.integer(all.verified()), share(all.verified(), all.total(), f), ScoreText.of(a.overall(), f));
    }

    // ---- snapshot --------------------------------------------------------------------------------

    Assembled<Snapshot> snapshot(StoredDataset stored, Assessment a, LocalAssessment local, DocumentLanguage language,
                                 boolean html) {
        Locale locale = language.locale();
        Formats f = new Formats(locale);
        Dataset d = stored.dataset();
        Drawings drawings = new Drawings(html);
        Factsheet.Figure wheel = drawings.wheel(FactsheetFigures.WHEEL, "wheel-full", wheel(a, local, locale),
                a.city(), word(locale, "snapshot.wheel.alt", a.city(), overallWords(a, f, locale)), 1.0);
        List<Factsheet.ScoreRow> dimensions = a.dimensions().stream()
                .map(dr -> new Factsheet.ScoreRow("dimension", dr.name(), ScoreText.of(dr.score(), f))).toList();
        Assessment.Counts c = a.summary().kpis();
        List<Snapshot.CountRow> counts = List.of(count("core", c.core(), f), count("advanced", c.advanced(), f),
                count("all", c.all(), f));
        Snapshot model = new Snapshot(language.tag(), language.direction(), d.city().name(), d.city().country(),
                f.monthYear(DocumentDate.month(stored)), f.year(d.reportingYear()),
                Imprint.of(stored, a, SNAPSHOT_TEMPLATE_VERSION, f), wheel, legend(), ScoreText.of(a.overall(), f),
                dimensions, counts, ranked(Rankings.strongest(a, 3), f), ranked(Rankings.weakest(a, 3), f),
                wheelRows(a, local, f, locale),
                local.isEmpty() ? null : new Snapshot.Local(f.integer(local.kpis().size()), ScoreText.of(local.overall(), f)),
                BandStyle.palette());
        return new Assembled<>(model, drawings.figures);
    }

    private static Snapshot.CountRow count(String type, Tally t, Formats f) {
        return new Snapshot.CountRow(type, f.integer(t.total()), f.integer(t.reported()), f.integer(t.verified()));
    }

    private static List<Snapshot.Ranked> ranked(List<Rankings.Ranked> ranked, Formats f) {
        return ranked.stream().map(r -> new Snapshot.Ranked(r.dimension().name(), categoryName(r),
                ScoreText.of(r.category().score(), f))).toList();
    }

    private String word(Locale locale, String key, String... args) {
        return messages.format(locale, key, args);
    }
}
