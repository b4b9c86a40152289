package org.kpidocs.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kpidocs.catalogue.Benchmark;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.DataPoint;
import org.kpidocs.catalogue.Direction;
import org.kpidocs.catalogue.ItemRef;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.ValueKind;

/**
 * Reads a dataset from a JSON tree, checking it against the catalogue and collecting every problem
 * before it answers: a submission with forty mistakes gets forty issues, each with its JSON pointer.
 * Nothing is thrown for bad input; the caller decides what to do with {@link Result#errors()}.
 */
final class DatasetReader {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    private static final int NAME_LENGTH = 200;
    private static final int NOTE_LENGTH = 4000;
    private static final int MAX_LIST = 200;

    private static final Set<String> TOP_FIELDS =
            Set.of("city", "reportingYear", "verification", "kpis", "benchmarkOverrides", "findings", "localKpis",
                    "publication");
    private static final Set<String> CITY_FIELDS = Set.of("name", "country", "region", "population",
            "households", "areaKm2", "gdp", "currency", "householdIncome", "inflationRate", "description");
    private static final Set<String> VERIFICATION_FIELDS =
            Set.of("verifier", "organisation", "mode", "completedOn", "reportDate");
    private static final Set<String> MEASUREMENT_FIELDS = Set.of("value", "reported", "verified", "dataQuality",
            "dataOrigin", "sources", "numerator", "denominator", "year", "note");
    private static final Set<String> MULTIPART_FIELDS = Set.of("code", "note", "reported", "dataPoints");
    private static final Set<String> FINDINGS_FIELDS =
            Set.of("auditResults", "policyRecommendations", "improvementOpportunities", "keyFindings");
    private static final Set<String> KEY_FINDING_FIELDS = Set.of("finding", "recommendation");
    private static final Set<String> LOCAL_KPI_FIELDS = Set.of("code", "name", "unit", "dimension", "value", "target",
            "direction", "verified", "sdgGoals", "note");
    private static final Set<String> PUBLICATION_FIELDS = Set.of("forewordBy", "acknowledgements", "goals", "projects");
    private static final Set<String> PLAN_FIELDS = Set.of("title", "description", "sdgGoals");
    /** A local KPI code: letters, digits and a few separators, so it prints and files name it safely. */
    private static final java.util.regex.Pattern LOCAL_CODE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,29}");
    /** Kyebi's City Snapshot has 26 local KPIs (domain reference §5.3); a hundred leaves room. */
    static final int MAX_LOCAL_KPIS = 100;
    private static final Set<String> OVERRIDE_FIELDS = Set.of("target", "direction");

    /** The outcome: a dataset when there are no errors, and warnings that do not stop acceptance. */
    record Result(Dataset dataset, List<Issue> errors, List<Issue> warnings) {
    }

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;
    private final List<Issue> errors = new ArrayList<>();
    private final List<Issue> warnings = new ArrayList<>();

    private DatasetReader(Catalogue catalogue, BenchmarkSet benchmarks) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
    }

    static Result read(JsonNode root, Catalogue catalogue, BenchmarkSet benchmarks) {
        return new DatasetReader(catalogue, benchmarks).read(root);
    }

    private Result read(JsonNode root) {
        if (!root.isObject()) {
            error("", null, "dataset.not-object", kind(root));
            return new Result(null, errors, warnings);
        }
        unknownFields(root, "", null, TOP_FIELDS);
        Dataset.City city = city(root.get("city"));
        Integer year = integer(root, "reportingYear", "", null, true, FIRST_YEAR, LAST_YEAR);
        Dataset.Verification verification = verification(root.get("verification"));
        List<Dataset.KpiEntry> kpis = kpis(root.get("kpis"), year);
        Map<String, Dataset.TargetOverride> overrides = overrides(root.get("benchmarkOverrides"));
        Dataset.Findings findings = findings(root.get("findings"));
        List<Dataset.LocalKpi> localKpis = localKpis(root.get("localKpis"));
        Dataset.Publication publication = publication(root.get("publication"));
        if (!errors.isEmpty()) {
            return new Result(null, errors, warnings);
        }
        return new Result(new Dataset(city, year, verification, kpis, overrides, findings, localKpis, publication),
                errors, warnings);
    }

    // ---- city, verification, findings ------------------------------------------------------------

    private Dataset.City city(JsonNode node) {
        if (!isObject(node, "/city", true)) {
            return null;
        }
        unknownFields(node, "/city", null, CITY_FIELDS);
        String name = text(node, "name", "/city", null, NAME_LENGTH, true);
        String country = text(node, "country", "/city", null, NAME_LENGTH, true);
        String region = text(node, "region", "/city", null, NAME_LENGTH, false);
        Long population = whole(node, "population", "/city");
        Long households = whole(node, "households", "/city");
        Double area = number(node.get("areaKm2"), "/city/areaKm2", null, 0, Double.MAX_VALUE, false);
        Double gdp = number(node.get("gdp"), "/city/gdp", null, 0, Double.MAX_VALUE, true);
        Double income = number(node.get("householdIncome"), "/city/householdIncome", null, 0, Double.MAX_VALUE, true);
        Double inflation = number(node.get("inflationRate"), "/city/inflationRate", null, -100, 100_000, true);
        String currency = text(node, "currency", "/city", null, 3, false);
        if (currency != null && !isCurrency(currency)) {
            error("/city/currency", null, "city.currency.unknown", currency);
        }
        if (currency == null && (gdp != null || income != null)) {
            error("/city/currency", null, "city.currency.missing");
        }
        if (population != null && households != null && households > population) {
            warn("/city/households", null, "city.households.exceed-population", households, population);
        }
        String description = text(node, "description", "/city", null, NOTE_LENGTH, false);
        return new Dataset.City(name, country, region, population, households, area, gdp, currency, income,
                inflation, description);
    }

    private static boolean isCurrency(String code) {
        return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    private Long whole(JsonNode parent, String field, String at) {
        JsonNode node = parent.get(field);
        Double value = number(node, at + "/" + field, null, 0, Double.MAX_VALUE, false);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || value > Long.MAX_VALUE) {
            error(at + "/" + field, null, "number.not-whole", plain(value));
            return null;
        }
        return value.longValue();
    }

    private Dataset.Verification verification(JsonNode node) {
        if (!isObject(node, "/verification", false)) {
            return null;
        }
        unknownFields(node, "/verification", null, VERIFICATION_FIELDS);
        String verifier = text(node, "verifier", "/verification", null, NAME_LENGTH, false);
        String organisation = text(node, "organisation", "/verification", null, NAME_LENGTH, false);
        Dataset.Verification.Mode mode = null;
        String modeText = text(node, "mode", "/verification", null, NAME_LENGTH, false);
        if (modeText != null) {
            for (Dataset.Verification.Mode m : Dataset.Verification.Mode.values()) {
                if (m.id().equals(modeText)) {
                    mode = m;
                }
            }
            if (mode == null) {
                error("/verification/mode", null, "verification.mode.unknown", modeText);
            }
        }
        LocalDate completedOn = null;
        String completed = text(node, "completedOn", "/verification", null, NAME_LENGTH, false);
        if (completed != null) {
            try {
                completedOn = LocalDate.parse(completed);
            } catch (DateTimeParseException e) {
                error("/verification/completedOn", null, "date.malformed", completed);
            }
        }
        YearMonth reportDate = null;
        String report = text(node, "reportDate", "/verification", null, NAME_LENGTH, false);
        if (report != null) {
            try {
                reportDate = YearMonth.parse(report);
            } catch (DateTimeParseException e) {
                error("/verification/reportDate", null, "month.malformed", report);
            }
        }
        return new Dataset.Verification(verifier, organisation, mode, completedOn, reportDate);
    }

    private Dataset.Findings findings(JsonNode node) {
        if (!isObject(node, "/findings", false)) {
            return Dataset.Findings.NONE;
        }
        unknownFields(node, "/findings", null, FINDINGS_FIELDS);
        return new Dataset.Findings(texts(node, "auditResults", "/findings", null),
                texts(node, "policyRecommendations", "/findings", null),
                texts(node, "improvementOpportunities", "/findings", null), keyFindings(node.get("keyFindings")));
    }

    private List<Dataset.KeyFinding> keyFindings(JsonNode node) {
        List<Dataset.KeyFinding> result = new ArrayList<>();
        for (int i : objects(node, "/findings/keyFindings")) {
            String at = "/findings/keyFindings/" + i;
            JsonNode entry = node.get(i);
            unknownFields(entry, at, null, KEY_FINDING_FIELDS);
            String finding = text(entry, "finding", at, null, NOTE_LENGTH, true);
            String recommendation = text(entry, "recommendation", at, null, NOTE_LENGTH, true);
            if (finding != null && recommendation != null) {
                result.add(new Dataset.KeyFinding(finding, recommendation));
            }
        }
        return result;
    }

    // ---- local KPIs and publication texts (Factsheet, Snapshot) ----------------------------------

    private List<Dataset.LocalKpi> localKpis(JsonNode node) {
        List<Dataset.LocalKpi> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> indexes = objects(node, "/localKpis");
        if (indexes.size() > MAX_LOCAL_KPIS) {
            error("/localKpis", null, "list.too-long", indexes.size(), MAX_LOCAL_KPIS);
            return result;
        }
        for (int i : indexes) {
            String at = "/localKpis/" + i;
            JsonNode entry = node.get(i);
            unknownFields(entry, at, null, LOCAL_KPI_FIELDS);
            String code = text(entry, "code", at, null, NAME_LENGTH, true);
            String key = code;
            if (code != null) {
                if (!LOCAL_CODE.matcher(code).matches()) {
                    error(at + "/code", code, "local.code.malformed", code);
                    code = null;
                } else if (catalogue.find(code).isPresent()) {
                    error(at + "/code", code, "local.code.u4ssc", code);
                    code = null;
                } else {
                    Integer first = seen.putIfAbsent(code.toUpperCase(java.util.Locale.ROOT), i);
                    if (first != null) {
                        error(at + "/code", code, "local.code.duplicate", code, "/localKpis/" + first);
                        code = null;
                    }
                }
            }
            String name = text(entry, "name", at, key, NAME_LENGTH, true);
            String unit = text(entry, "unit", at, key, NAME_LENGTH, true);
            String dimensionText = text(entry, "dimension", at, key, NAME_LENGTH, true);
            org.kpidocs.catalogue.Dimension dimension = null;
            if (dimensionText != null) {
                dimension = org.kpidocs.catalogue.Dimension.find(dimensionText).orElse(null);
                if (dimension == null) {
                    error(at + "/dimension", key, "local.dimension.unknown", dimensionText);
                }
            }
            Double value = number(entry.get("value"), at + "/value", key, -Double.MAX_VALUE, Double.MAX_VALUE, true);
            Double target = number(entry.get("target"), at + "/target", key, 0, Double.MAX_VALUE, false);
            Direction direction = null;
            String dir = text(entry, "direction", at, key, 10, false);
            if (dir != null) {
                direction = Direction.find(dir).filter(d -> d != Direction.NONE).orElse(null);
                if (direction == null) {
                    error(at + "/direction", key, "local.direction.unknown", dir);
                }
            }
            if (entry.hasNonNull("target") && !entry.hasNonNull("direction")) {
                error(at + "/direction", key, "local.direction.missing");
            }
            if (entry.hasNonNull("direction") && !entry.hasNonNull("target")) {
                error(at + "/target", key, "local.target.missing");
            }
            Boolean verified = bool(entry.get("verified"), at + "/verified", key);
            if (Boolean.TRUE.equals(verified) && !entry.hasNonNull("value")) {
                error(at + "/verified", key, "verified.not-reported");
            }
            List<Integer> goals = sdgGoals(entry.get("sdgGoals"), at + "/sdgGoals", key);
            String note = text(entry, "note", at, key, NOTE_LENGTH, false);
            if (code != null && name != null && unit != null && dimension != null) {
                result.add(new Dataset.LocalKpi(code, name, unit, dimension.code(), value, target, direction,
                        Boolean.TRUE.equals(verified), goals, note));
            }
        }
        return result;
    }

    private Dataset.Publication publication(JsonNode node) {
        if (!isObject(node, "/publication", false)) {
            return null;
        }
        unknownFields(node, "/publication", null, PUBLICATION_FIELDS);
        String forewordBy = text(node, "forewordBy", "/publication", null, NAME_LENGTH, false);
        List<String> acknowledgements = texts(node, "acknowledgements", "/publication", null);
        return new Dataset.Publication(forewordBy, acknowledgements, plans(node.get("goals"), "/publication/goals"),
                plans(node.get("projects"), "/publication/projects"));
    }

    private List<Dataset.Plan> plans(JsonNode node, String at) {
        List<Dataset.Plan> result = new ArrayList<>();
        List<Integer> indexes = objects(node, at);
        if (indexes.size() > MAX_LIST) {
            error(at, null, "list.too-long", indexes.size(), MAX_LIST);
            return result;
        }
        for (int i : indexes) {
            String here = at + "/" + i;
            JsonNode entry = node.get(i);
            unknownFields(entry, here, null, PLAN_FIELDS);
            String title = text(entry, "title", here, null, NAME_LENGTH, true);
            String description = text(entry, "description", here, null, NOTE_LENGTH, false);
            List<Integer> goals = sdgGoals(entry.get("sdgGoals"), here + "/sdgGoals", null);
            if (title != null) {
                result.add(new Dataset.Plan(title, description, goals));
            }
        }
        return result;
    }

    /** The numbers of Sustainable Development Goals, 1 to 17, each once, in ascending order. */
    private List<Integer> sdgGoals(JsonNode node, String at, String code) {
        java.util.TreeSet<Integer> goals = new java.util.TreeSet<>();
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            error(at, code, "type.array", kind(node));
            return List.of();
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode goal = node.get(i);
            if (!goal.isIntegralNumber() || !goal.canConvertToInt() || goal.intValue() < 1 || goal.intValue() > 17) {
                error(at + "/" + i, code, "sdg.unknown", show(goal));
            } else if (!goals.add(goal.intValue())) {
                error(at + "/" + i, code, "sdg.duplicate", goal.intValue());
            }
        }
        return List.copyOf(goals);
    }

    /** The indexes of an optional array of objects; every other shape is an error. */
    private List<Integer> objects(JsonNode node, String at) {
        List<Integer> indexes = new ArrayList<>();
        if (node == null || node.isNull()) {
            return indexes;
        }
        if (!node.isArray()) {
            error(at, null, "type.array", kind(node));
            return indexes;
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isObject()) {
                indexes.add(i);
            } else {
                error(at + "/" + i, null, "type.object", kind(node.get(i)));
            }
        }
        return indexes;
    }

    // ---- KPIs ------------------------------------------------------------------------------------

    private List<Dataset.KpiEntry> kpis(JsonNode node, Integer reportingYear) {
        List<Dataset.KpiEntry> entries = new ArrayList<>();
        if (node == null || node.isNull()) {
            warn("/kpis", null, "kpis.missing");
            return entries;
        }
        if (!node.isArray()) {
            error("/kpis", null, "type.array", kind(node));
            return entries;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "/kpis/" + i;
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                error(at, null, "type.object", kind(entry));
                continue;
            }
            String codeText = text(entry, "code", at, null, NAME_LENGTH, true);
            if (codeText == null) {
                continue;
            }
            Kpi kpi = catalogue.find(codeText).orElse(null);
            if (kpi == null) {
                error(at + "/code", codeText, "kpi.unknown", codeText);
                continue;
            }
            String code = kpi.code().toString();
            Integer first = seen.putIfAbsent(code, i);
            if (first != null) {
                error(at + "/code", code, "kpi.duplicate", code, "/kpis/" + first);
                continue;
            }
            entries.add(kpi.hasDataPoints() ? multipart(entry, at, kpi, reportingYear)
                    : new Dataset.KpiEntry(code, measurement(entry, at, kpi, kpi.unit(), kpi.valueKind(),
                            kpi.scale(), reportingYear, Set.of("code")), List.of()));
        }
        return entries;
    }

    private Dataset.KpiEntry multipart(JsonNode entry, String at, Kpi kpi, Integer reportingYear) {
        String code = kpi.code().toString();
        String names = String.join(", ", kpi.dataPoints().stream().map(DataPoint::name).toList());
        Iterator<String> fields = entry.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            String pointer = at + "/" + pointerEscape(field);
            if (MEASUREMENT_FIELDS.contains(field) && !MULTIPART_FIELDS.contains(field)) {
                error(pointer, code, "kpi.multipart.field", field, names);
            } else if (!MULTIPART_FIELDS.contains(field)) {
                error(pointer, code, "field.unknown", field, String.join(", ", sorted(MULTIPART_FIELDS)));
            }
        }
        String note = text(entry, "note", at, code, NOTE_LENGTH, false);
        Boolean reported = bool(entry.get("reported"), at + "/reported", code);
        JsonNode list = entry.get("dataPoints");
        List<Dataset.DataPointEntry> points = new ArrayList<>();
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                error(at + "/dataPoints", code, "type.array", kind(list));
            } else {
                Map<String, Integer> seen = new HashMap<>();
                for (int j = 0; j < list.size(); j++) {
                    dataPoint(list.get(j), at + "/dataPoints/" + j, kpi, names, seen, j, reportingYear)
                            .ifPresent(points::add);
                }
            }
        }
        boolean anyReported = points.stream().anyMatch(p -> p.measurement().reported());
        if (Boolean.TRUE.equals(reported) && !anyReported) {
            error(at + "/reported", code, "kpi.multipart.reported-without-data-points", names);
        }
        if (Boolean.FALSE.equals(reported) && anyReported) {
            error(at + "/reported", code, "kpi.multipart.not-reported-with-data-points");
        }
        // Data points follow catalogue order so stored datasets compare equal however they were written.
        points.sort(java.util.Comparator.comparingInt(p -> kpi.dataPoints().indexOf(kpi.dataPoint(p.name()).orElseThrow())));
        Dataset.Measurement own = Dataset.Measurement.notReported(note);
        if (anyReported) {
            own = new Dataset.Measurement(null, true, false, null, null, List.of(), null, null, null, note);
        }
        return new Dataset.KpiEntry(code, own, points);
    }

    private java.util.Optional<Dataset.DataPointEntry> dataPoint(JsonNode node, String at, Kpi kpi, String names,
                                                                 Map<String, Integer> seen, int index,
                                                                 Integer reportingYear) {
        String code = kpi.code().toString();
        if (!node.isObject()) {
            error(at, code, "type.object", kind(node));
            return java.util.Optional.empty();
        }
        String name = text(node, "name", at, code, NAME_LENGTH, true);
        if (name == null) {
            return java.util.Optional.empty();
        }
        DataPoint dp = kpi.dataPoint(name).orElse(null);
        if (dp == null) {
            error(at + "/name", code, "datapoint.unknown", name, code, names);
            return java.util.Optional.empty();
        }
        Integer first = seen.putIfAbsent(dp.name(), index);
        if (first != null) {
            error(at + "/name", code, "datapoint.duplicate", dp.name(), at.substring(0, at.lastIndexOf('/') + 1) + first);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Dataset.DataPointEntry(dp.name(),
                measurement(node, at, kpi, dp.unit(), dp.valueKind(), dp.scale(), reportingYear, Set.of("name"))));
    }

    private Dataset.Measurement measurement(JsonNode node, String at, Kpi kpi, String unit, ValueKind kind,
                                            double scale, Integer reportingYear, Set<String> identity) {
        String code = kpi.code().toString();
        Set<String> allowed = new java.util.TreeSet<>(MEASUREMENT_FIELDS);
        allowed.addAll(identity);
        if (identity.contains("code") && node.has("dataPoints")) {
            // A clearer message than "unknown field" for the most likely confusion.
            allowed.add("dataPoints");
            error(at + "/dataPoints", code, "kpi.single.data-points", code);
        }
        unknownFields(node, at, code, allowed);
        Double value = value(node.get("value"), at + "/value", code, unit, kind);
        Double numerator = number(node.get("numerator"), at + "/numerator", code, 0, Double.MAX_VALUE, true);
        Double denominator = number(node.get("denominator"), at + "/denominator", code, 0, Double.MAX_VALUE, false);
        boolean hasValueNode = node.hasNonNull("value");
        if ((numerator == null) != (denominator == null) && !hasErrorAt(at + "/numerator", at + "/denominator")) {
            error(at + (numerator == null ? "/numerator" : "/denominator"), code, "ratio.incomplete");
        }
        if (value == null && !hasValueNode && numerator != null && denominator != null) {
            value = numerator / denominator * scale;
            if (!kind.accepts(value)) {
                error(at + "/numerator", code, "ratio.out-of-range", plain(value), unit);
                value = null;
            } else {
                warn(at + "/value", code, "value.computed", plain(value), plain(scale));
            }
        } else if (value != null && numerator != null && denominator != null) {
            double computed = numerator / denominator * scale;
            // One per cent of slack absorbs the rounding of a value typed with two decimals.
            if (Math.abs(computed - value) > Math.max(0.01, Math.abs(computed) * 0.01)) {
                warn(at + "/value", code, "value.disagrees-with-ratio", plain(value), plain(computed));
            }
        }
        Boolean reportedFlag = bool(node.get("reported"), at + "/reported", code);
        Boolean verifiedFlag = bool(node.get("verified"), at + "/verified", code);
        boolean reported = reportedFlag != null ? reportedFlag : value != null || hasValueNode;
        boolean verified = Boolean.TRUE.equals(verifiedFlag);
        if (reported && value == null && !hasValueNode && !hasErrorAt(at + "/numerator", at + "/denominator")) {
            error(at + "/value", code, "value.missing");
        }
        if (verified && !reported) {
            error(at + "/verified", code, "verified.not-reported");
        }
        if (!reported && value != null) {
            warn(at + "/value", code, "value.ignored-not-reported", plain(value));
        }
        DataQuality quality = null;
        String qualityText = text(node, "dataQuality", at, code, NAME_LENGTH, false);
        if (qualityText != null) {
            quality = DataQuality.find(qualityText).orElse(null);
            if (quality == null) {
                error(at + "/dataQuality", code, "quality.unknown", qualityText, DataQuality.allowed());
            }
        }
        String origin = text(node, "dataOrigin", at, code, NAME_LENGTH, false);
        List<String> sources = texts(node, "sources", at, code);
        Integer year = integer(node, "year", at, code, false, FIRST_YEAR, LAST_YEAR);
        if (year != null && reportingYear != null && year > reportingYear) {
            warn(at + "/year", code, "year.after-reporting-year", year, reportingYear);
        }
        String note = text(node, "note", at, code, NOTE_LENGTH, false);
        return new Dataset.Measurement(value, reported, verified, quality, origin, sources, numerator, denominator,
                year, note);
    }

    /** Reads a KPI value, checking it fits the KPI's kind: 0–100 for percentages, yes/no as true/false. */
    private Double value(JsonNode node, String at, String code, String unit, ValueKind kind) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (kind == ValueKind.YES_NO) {
            if (node.isBoolean()) {
                return node.booleanValue() ? 1.0 : 0.0;
            }
            if (node.isNumber() && (node.doubleValue() == 0 || node.doubleValue() == 1)) {
                return node.doubleValue();
            }
            error(at, code, "value.yes-no", show(node));
            return null;
        }
        if (!node.isNumber()) {
            error(at, code, "value.not-a-number", show(node), unit);
            return null;
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            error(at, code, "number.not-finite", show(node));
            return null;
        }
        if (!kind.accepts(v)) {
            String key = switch (kind) {
                case PERCENT -> "value.percent-range";
                case FRACTION -> "value.fraction-range";
                default -> "value.negative";
            };
            error(at, code, key, plain(v), unit);
            return null;
        }
        return v;
    }

    // ---- benchmark overrides ---------------------------------------------------------------------

    private Map<String, Dataset.TargetOverride> overrides(JsonNode node) {
        Map<String, Dataset.TargetOverride> result = new LinkedHashMap<>();
        if (!isObject(node, "/benchmarkOverrides", false)) {
            return result;
        }
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/benchmarkOverrides/" + pointerEscape(e.getKey());
            ItemRef item = item(e.getKey(), at);
            if (item == null) {
                continue;
            }
            Benchmark reference = benchmarks.find(item).orElseThrow();
            Dataset.TargetOverride override = override(e.getValue(), at, item, reference);
            if (override != null && result.put(item.toString(), override) != null) {
                error(at, item.kpi().toString(), "override.duplicate", item);
            }
        }
        // Canonical order is catalogue order, however the submission listed them.
        Map<String, Dataset.TargetOverride> ordered = new LinkedHashMap<>();
        for (ItemRef item : catalogue.items()) {
            Dataset.TargetOverride o = result.get(item.toString());
            if (o != null) {
                ordered.put(item.toString(), o);
            }
        }
        return ordered;
    }

    /** Resolves an override key to a catalogue item, naming the data points where they are required. */
    private ItemRef item(String key, String at) {
        ItemRef parsed = ItemRef.parse(key).orElse(null);
        Kpi kpi = parsed == null ? null : catalogue.find(parsed.kpi()).orElse(null);
        if (kpi == null) {
            error(at, null, "override.unknown-item", key);
            return null;
        }
        String code = kpi.code().toString();
        String names = String.join(", ", kpi.dataPoints().stream().map(DataPoint::name).toList());
        if (!parsed.isDataPoint() && kpi.hasDataPoints()) {
            error(at, code, "override.needs-data-point", code, names);
            return null;
        }
        if (parsed.isDataPoint()) {
            DataPoint dp = kpi.dataPoint(parsed.dataPoint()).orElse(null);
            if (dp == null) {
                error(at, code, kpi.hasDataPoints() ? "datapoint.unknown" : "datapoint.none",
                        parsed.dataPoint(), code, names);
                return null;
            }
            return dp.ref(kpi.code());
        }
        return ItemRef.of(kpi.code());
    }

    private Dataset.TargetOverride override(JsonNode node, String at, ItemRef item, Benchmark reference) {
        String code = item.kpi().toString();
        if (node.isNull()) {
            return new Dataset.TargetOverride(null, reference.direction());
        }
        Double target;
        Direction direction = reference.direction();
        if (node.isObject()) {
            unknownFields(node, at, code, OVERRIDE_FIELDS);
            target = number(node.get("target"), at + "/target", code, 0, Double.MAX_VALUE, true);
            String dir = text(node, "direction", at, code, 10, false);
            if (dir != null) {
                direction = Direction.find(dir).orElse(null);
                if (direction == null) {
                    error(at + "/direction", code, "override.direction.unknown", dir);
                    return null;
                }
            }
            if (target == null && node.hasNonNull("target")) {
                return null;
            }
        } else {
            target = number(node, at, code, 0, Double.MAX_VALUE, true);
            if (target == null) {
                return null;
            }
        }
        if (target != null && direction == Direction.NONE) {
            error(at, code, "override.direction.none", item);
            return null;
        }
        Kpi kpi = catalogue.find(item.kpi()).orElseThrow();
        ValueKind kind = item.isDataPoint() ? kpi.dataPoint(item.dataPoint()).orElseThrow().valueKind() : kpi.valueKind();
        if (target != null && target == 0 && direction == Direction.LOWER && kind != ValueKind.PERCENT) {
            error(at, code, "override.zero-lower", item);
            return null;
        }
        if (target != null && target == 0 && direction != Direction.LOWER) {
            error(at, code, "override.zero", item, direction.id());
            return null;
        }
        if (target != null && !kind.accepts(target)) {
            error(at, code, "override.out-of-range", plain(target), kpi.unit());
            return null;
        }
        return new Dataset.TargetOverride(target, direction);
    }

    // ---- primitive readers -----------------------------------------------------------------------

    private boolean isObject(JsonNode node, String at, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                error(at, null, "field.missing", at.substring(1));
            }
            return false;
        }
        if (!node.isObject()) {
            error(at, null, "type.object", kind(node));
            return false;
        }
        return true;
    }

    private void unknownFields(JsonNode node, String at, String code, Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                error(at + "/" + pointerEscape(name), code, "field.unknown", name, String.join(", ", sorted(allowed)));
            }
        }
    }

    private String text(JsonNode parent, String field, String at, String code, int maxLength, boolean required) {
        JsonNode node = parent.get(field);
        String pointer = at + "/" + field;
        if (node == null || node.isNull()) {
            if (required) {
                error(pointer, code, "field.missing", field);
            }
            return null;
        }
        return checkedText(node, pointer, code, maxLength, required);
    }

    private String checkedText(JsonNode node, String pointer, String code, int maxLength, boolean required) {
        if (!node.isTextual()) {
            error(pointer, code, "type.string", kind(node));
            return null;
        }
        String value = node.textValue().strip();
        if (value.isEmpty()) {
            if (required) {
                error(pointer, code, "text.blank");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            error(pointer, code, "text.too-long", value.codePointCount(0, value.length()), maxLength);
            return null;
        }
        // Control characters have no place in document text and are a known injection vector for
        // PDF metadata (security reference §7); line breaks and tabs are fine.
        int bad = value.codePoints().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')
                .findFirst().orElse(-1);
        if (bad >= 0) {
            error(pointer, code, "text.control-character", String.format("U+%04X", bad));
            return null;
        }
        return value;
    }

    private List<String> texts(JsonNode parent, String field, String at, String code) {
        JsonNode node = parent.get(field);
        String pointer = at + "/" + field;
        List<String> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            error(pointer, code, "type.array-of-strings", kind(node));
            return result;
        }
        if (node.size() > MAX_LIST) {
            error(pointer, code, "list.too-long", node.size(), MAX_LIST);
            return result;
        }
        for (int i = 0; i < node.size(); i++) {
            String text = checkedText(node.get(i), pointer + "/" + i, code, NOTE_LENGTH, true);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    private Integer integer(JsonNode parent, String field, String at, String code, boolean required, int min, int max) {
        JsonNode node = parent.get(field);
        String pointer = at + "/" + field;
        if (node == null || node.isNull()) {
            if (required) {
                error(pointer, code, "field.missing", field);
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            error(pointer, code, "year.invalid", show(node), min, max);
            return null;
        }
        return node.intValue();
    }

    private Double number(JsonNode node, String pointer, String code, double min, double max, boolean inclusiveMin) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            error(pointer, code, "number.not-a-number", show(node));
            return null;
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            error(pointer, code, "number.not-finite", show(node));
            return null;
        }
        if (v > max) {
            error(pointer, code, "number.above-maximum", plain(v), plain(max));
            return null;
        }
        if (v < min || (!inclusiveMin && v == min)) {
            error(pointer, code, inclusiveMin ? "number.below-minimum" : "number.not-positive", plain(v), plain(min));
            return null;
        }
        return v;
    }

    private Boolean bool(JsonNode node, String pointer, String code) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            error(pointer, code, "type.boolean", show(node));
            return null;
        }
        return node.booleanValue();
    }

    private boolean hasErrorAt(String... pointers) {
        return errors.stream().anyMatch(e -> List.of(pointers).contains(e.pointer()));
    }

    private void error(String pointer, String code, String key, Object... args) {
        errors.add(Issue.of(pointer, code, key, args));
    }

    private void warn(String pointer, String code, String key, Object... args) {
        warnings.add(Issue.of(pointer, code, key, args));
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    /** RFC 6901: "~" and "/" in a member name are escaped in a JSON pointer. */
    private static String pointerEscape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String kind(JsonNode node) {
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The submitted value as the user wrote it, shortened so an error never echoes a huge payload. */
    private static String show(JsonNode node) {
        String text = node.isTextual() ? "\"" + node.textValue() + "\"" : node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /** A number without exponent or trailing zeros: 97, 0.5, 120000. */
    static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
