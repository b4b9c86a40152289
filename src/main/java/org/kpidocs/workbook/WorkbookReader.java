package org.kpidocs.workbook;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.ItemRef;
import org.kpidocs.catalogue.Kpi;
import org.kpidocs.catalogue.ValueKind;
import org.kpidocs.dataset.DataQuality;
import org.kpidocs.dataset.Issue;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;
import org.kpidocs.workbook.TemplateLayout.ProfileColumn;
import org.kpidocs.workbook.TemplateLayout.RowKind;

/**
 * Reads a filled Data Collection Template ({@code kpidocs-template/1}, see the package description)
 * into the JSON dataset the JSON route accepts, without judging it: the result goes through
 * {@link org.kpidocs.dataset.DatasetChecker} like any submission.
 *
 * <p><b>What it takes.</b> City Profile values by their hidden key ({@code city.name},
 * {@code reportingYear}, {@code verification.completedOn} …); on KPI Data every {@code item} row by its
 * hidden anchor. A KPI gets an entry when any of its item rows has an input; KPIs with data points get a
 * {@code dataPoints} array with {@code name}. Final value → {@code value} ({@code YES}/{@code NO} →
 * true/false), numerator, denominator, data year → {@code year}, reported and verified ({@code YES}/
 * {@code NO} → booleans; blank leaves the field out so the JSON defaults apply), data quality label →
 * its id, data origin, sources (one per line), verifier comment → {@code note}. The calculated result
 * is display only and ignored.
 *
 * <p><b>Cells.</b> Each JSON pointer the reader creates is mapped to the cell it came from, written
 * {@code Sheet!A1} as Excel writes it: the sheet name quoted when it contains a space
 * ({@code 'KPI Data'!H42}, {@code 'City Profile'!B5}, {@code Instructions!A1}). Cell-level problems
 * (text in a number cell, a YES/NO cell with another answer, an unknown data quality, an unknown or
 * repeated anchor, a profile date that is not a date, a wrong format cell) are all collected as issues
 * carrying both pointer and cell.
 *
 * <p><b>Untrusted files.</b> The file is opened read-only from disk; POI's global zip-bomb and
 * allocation limits are set once by this class (see the reference stack notes §5).
 */
public final class WorkbookReader {

    /** Parts of a package; POI's own limit below is the same. */
    static final int MAX_PARTS = 500;
    /** Uncompressed bytes of one XML part: sixteen times the largest part of a filled template. */
    static final long MAX_XML_PART = 16L << 20;

    static {
        ZipSecureFile.setMinInflateRatio(0.02);
        ZipSecureFile.setMaxEntrySize(100L << 20);
        ZipSecureFile.setMaxTextSize(20L << 20);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
        IOUtils.setByteArrayMaxOverride(150 << 20);
    }

    /** Error keys of the reader, with texts in {@code messages/api.properties}. */
    static final String VERSION = "workbook.version";
    static final String SHEET_MISSING = "workbook.sheet-missing";
    static final String NUMBER = "workbook.number";
    static final String YES_NO = "workbook.yes-no";
    static final String QUALITY = "workbook.quality";
    static final String DATE = "workbook.date";
    static final String ANCHOR_UNKNOWN = "workbook.anchor-unknown";
    static final String ANCHOR_DUPLICATE = "workbook.anchor-duplicate";
    /** A warning, not a problem: the screening of the Verification Manual 2022 §6.1 asks for it. */
    static final String CALCULATED_CHANGED = "screening.calculated-changed";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * What a workbook holds.
     *
     * @param json          the dataset in the JSON format of the JSON route
     * @param cellByPointer for each JSON pointer the reader created, its cell ({@code 'KPI Data'!H42})
     * @param problems      cell-level problems; the dataset must not be accepted when there are any
     * @param warnings      what the verifier should look at but that does not stop the dataset: pre-calculated
     *                      cells the city changed (Verification Manual 2022 §6.1)
     */
    public record Result(ObjectNode json, Map<String, String> cellByPointer, List<Issue> problems,
                         List<Issue> warnings) {

        public Result {
            cellByPointer = Map.copyOf(cellByPointer);
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        /**
         * The cell of a pointer: the cell of the pointer itself or of its nearest mapped parent;
         * empty when none is mapped.
         */
        public Optional<String> cellOf(String pointer) {
            String p = pointer == null ? "" : pointer;
            while (true) {
                String cell = cellByPointer.get(p);
                if (cell != null) {
                    return Optional.of(cell);
                }
                int slash = p.lastIndexOf('/');
                if (slash < 0) {
                    return Optional.empty();
                }
                p = p.substring(0, slash);
            }
        }
    }

    private final Catalogue catalogue;

    public WorkbookReader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Reads a workbook.
     *
     * @throws WorkbookUnreadableException when the file is not an .xlsx workbook that can be opened
     */
    public Result read(Path xlsx) {
        refuseOtherFormats(xlsx);
        measureParts(xlsx);
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            if (!pkg.getPartsByContentType(XSSFRelation.MACROS_WORKBOOK.getContentType()).isEmpty()
                    || !pkg.getPartsByContentType("application/vnd.ms-office.vbaProject").isEmpty()) {
                throw new WorkbookUnreadableException("the workbook contains macros (.xlsm); save it as an"
                        + " Excel workbook (.xlsx) without macros", null);
            }
            try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                return new Reading(workbook).result();
            }
        } catch (InvalidFormatException | UnsupportedFileFormatException
                 | EmptyFileException e) {
            throw new WorkbookUnreadableException("the file is not an Excel workbook (.xlsx)", e);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | IllegalStateException
                 | org.apache.poi.util.RecordFormatException e) {
            throw new WorkbookUnreadableException(limitExceeded(e)
                    ? "the workbook is too large or too compressed to open safely (a zip bomb?)"
                    : "the workbook is damaged and cannot be read", e);
        }
    }

    /** Whether POI stopped because one of its safety limits (set above) was reached. */
    private static boolean limitExceeded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeds the max") || m.contains("MaxFileCount")
                    || m.contains("maximum length") || t instanceof org.apache.poi.util.RecordFormatException) {
                return true;
            }
        }
        return false;
    }

    private static void refuseOtherFormats(Path xlsx) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(xlsx))) {
            if (Files.size(xlsx) == 0) {
                throw new WorkbookUnreadableException("the file is empty", null);
            }
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new WorkbookUnreadableException(encrypted(xlsx)
                        ? "the workbook is protected with a password (encrypted); save it as an Excel workbook"
                                + " (.xlsx) without a password to open"
                        : "the file is a legacy Excel 97-2003 (.xls) workbook; save it as an Excel workbook (.xlsx)",
                        null);
            }
            if (magic != FileMagic.OOXML) {
                throw new WorkbookUnreadableException("the file is not an Excel workbook (.xlsx)"
                        + (magic == FileMagic.PDF ? ": it is a PDF" : ""), null);
            }
        } catch (IOException e) {
            throw new WorkbookUnreadableException("the file cannot be read", e);
        }
    }

    /**
     * Refuses a package whose parts would cost more memory to parse than any real template needs, before
     * POI parses anything: POI's global limits stop zip bombs (inflate ratio) and absurd entries, but an
     * honest-looking 24 MB shared-strings table or worksheet still becomes hundreds of megabytes of
     * XML objects. Each XML part is inflated once, counting bytes and stopping at {@link #MAX_XML_PART};
     * other parts (pictures a city pasted in) are never parsed, so only their number counts. A filled
     * template's largest part, KPI Data, is under 1 MiB with every text field at its length limit.
     */
    private static void measureParts(Path xlsx) {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new WorkbookUnreadableException("the workbook is too large to open safely: it has " + zip.size()
                        + " parts (a Data Collection Template has about 20; at most " + MAX_PARTS + " are accepted)", null);
            }
            byte[] buffer = new byte[64 << 10];
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
                    continue;
                }
                long size = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0 && size <= MAX_XML_PART; ) {
                        size += n;
                    }
                }
                if (size > MAX_XML_PART) {
                    throw new WorkbookUnreadableException("the workbook is too large to open safely: its part "
                            + entry.getName() + " holds more than " + (MAX_XML_PART >> 20) + " MiB of XML (a filled"
                            + " Data Collection Template needs less than 2 MiB)", null);
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new WorkbookUnreadableException("the workbook is damaged: it is not a complete zip package", e);
        } catch (IOException e) {
            throw new WorkbookUnreadableException("the workbook is damaged and cannot be read", e);
        }
    }

    /**
     * Whether an OLE2 file is an encrypted OOXML package: Excel stores a workbook saved with a password
     * to open as an OLE2 container holding {@code EncryptionInfo} and {@code EncryptedPackage}
     * (MS-OFFCRYPTO §2.3.4). Only the directory is read, never the encrypted stream.
     */
    private static boolean encrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The cell reference of a position, as this class writes them. */
    static String cell(String sheet, int row, int column) {
        return new CellReference(sheet, row, column, false, false).formatAsString();
    }

    /** One reading of one workbook. */
    private final class Reading {
        private final XSSFWorkbook workbook;
        private final ObjectNode json = NODES.objectNode();
        private final Map<String, String> cells = new LinkedHashMap<>();
        private final List<Issue> problems = new ArrayList<>();
        private final List<Issue> warnings = new ArrayList<>();

        Reading(XSSFWorkbook workbook) {
            this.workbook = workbook;
        }

        Result result() {
            if (version()) {
                profile();
                kpis();
            }
            return new Result(json, cells, problems, warnings);
        }

        private boolean version() {
            Sheet sheet = workbook.getSheet(TemplateLayout.INSTRUCTIONS);
            String where = cell(TemplateLayout.INSTRUCTIONS, TemplateLayout.FORMAT_ROW, TemplateLayout.VERSION_COLUMN);
            String found = sheet == null ? null
                    : text(cellAt(sheet, TemplateLayout.FORMAT_ROW, TemplateLayout.VERSION_COLUMN));
            if (!TemplateLayout.FORMAT.equals(found == null ? null : found.strip())) {
                problems.add(Issue.inCell("", null, where, VERSION, found == null ? "(empty)" : found,
                        TemplateLayout.FORMAT));
                return false;
            }
            for (String name : List.of(TemplateLayout.PROFILE, TemplateLayout.KPI_DATA)) {
                if (workbook.getSheet(name) == null) {
                    problems.add(Issue.inCell("", null, name, SHEET_MISSING, name));
                }
            }
            return problems.isEmpty();
        }

        // ---- City Profile ------------------------------------------------------------------------

        private void profile() {
            Sheet sheet = workbook.getSheet(TemplateLayout.PROFILE);
            Map<String, ProfileField> fields = new LinkedHashMap<>();
            for (ProfileField f : ProfileField.values()) {
                fields.put(f.key(), f);
            }
            for (int r = TemplateLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                String key = text(cellAt(sheet, r, ProfileColumn.KEY.index()));
                ProfileField field = key == null ? null : fields.get(key.strip());
                if (field == null) {
                    continue;
                }
                Cell c = cellAt(sheet, r, ProfileColumn.VALUE.index());
                if (blank(c)) {
                    continue;
                }
                String pointer = "/" + field.key().replace('.', '/');
                String where = cell(TemplateLayout.PROFILE, r, ProfileColumn.VALUE.index());
                Optional<com.fasterxml.jackson.databind.JsonNode> value = switch (field.input()) {
                    case SHORT_TEXT, LONG_TEXT, CURRENCY, MODE -> Optional.of(NODES.textNode(textOf(c)));
                    case WHOLE_POSITIVE, POSITIVE, NON_NEGATIVE, INFLATION, YEAR -> number(c, pointer, null, where);
                    case DATE, MONTH -> date(c, field.input() == ProfileField.Input.MONTH, pointer, where);
                };
                value.ifPresent(v -> {
                    put(field.key(), v);
                    cells.put(pointer, where);
                });
            }
        }

        private void put(String dottedKey, com.fasterxml.jackson.databind.JsonNode value) {
            String[] parts = dottedKey.split("\\.");
            ObjectNode target = json;
            for (int i = 0; i < parts.length - 1; i++) {
                target = target.has(parts[i]) ? (ObjectNode) target.get(parts[i]) : target.putObject(parts[i]);
            }
            target.set(parts[parts.length - 1], value);
        }

        private Optional<com.fasterxml.jackson.databind.JsonNode> date(Cell c, boolean month, String pointer,
                                                                        String where) {
            LocalDate date = null;
            CellType type = type(c);
            if (type == CellType.NUMERIC && DateUtil.isValidExcelDate(c.getNumericCellValue())) {
                date = c.getLocalDateTimeCellValue().toLocalDate();
            } else if (type == CellType.STRING) {
                String t = c.getStringCellValue().strip();
                try {
                    date = month && t.matches("\\d{4}-\\d{2}") ? LocalDate.parse(t + "-01") : LocalDate.parse(t);
                } catch (DateTimeParseException e) {
                    date = null;
                }
            }
            if (date == null) {
                problems.add(Issue.inCell(pointer, null, where, DATE, textOf(c)));
                return Optional.empty();
            }
            String text = date.toString();
            return Optional.of(NODES.textNode(month ? text.substring(0, 7) : text));
        }

        // ---- KPI Data ----------------------------------------------------------------------------

        /** The input cells of one item row. */
        private record ItemRow(ItemRef ref, int row) {
        }

        private void kpis() {
            Sheet sheet = workbook.getSheet(TemplateLayout.KPI_DATA);
            Set<ItemRef> known = new HashSet<>(catalogue.items());
            Set<ItemRef> seen = new HashSet<>();
            Map<String, List<ItemRow>> byKpi = new LinkedHashMap<>();
            for (int r = TemplateLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                String kind = text(cellAt(sheet, r, KpiColumn.ROW_KIND.index()));
                if (kind == null || RowKind.find(kind.strip()).orElse(null) != RowKind.ITEM) {
                    continue;
                }
                String anchorCell = cell(TemplateLayout.KPI_DATA, r, KpiColumn.ANCHOR.index());
                String anchor = text(cellAt(sheet, r, KpiColumn.ANCHOR.index()));
                Optional<ItemRef> ref = ItemRef.parse(anchor).filter(known::contains);
                if (ref.isEmpty()) {
                    problems.add(Issue.inCell("/kpis", null, anchorCell, ANCHOR_UNKNOWN, anchor == null ? "" : anchor));
                    continue;
                }
                if (!seen.add(ref.get())) {
                    problems.add(Issue.inCell("/kpis", ref.get().kpi().toString(), anchorCell, ANCHOR_DUPLICATE,
                            ref.get().toString()));
                    continue;
                }
                calculated(sheet, r, ref.get());
                if (hasInput(sheet, r)) {
                    byKpi.computeIfAbsent(ref.get().kpi().toString(), k -> new ArrayList<>()).add(new ItemRow(ref.get(), r));
                }
            }
            if (byKpi.isEmpty()) {
                return;
            }
            ArrayNode kpis = json.putArray("kpis");
            for (Map.Entry<String, List<ItemRow>> e : byKpi.entrySet()) {
                String code = e.getKey();
                String pointer = "/kpis/" + kpis.size();
                ObjectNode entry = kpis.addObject();
                entry.put("code", code);
                ItemRow first = e.getValue().get(0);
                cells.put(pointer, cell(TemplateLayout.KPI_DATA, first.row(), KpiColumn.CODE.index()));
                if (!first.ref().isDataPoint()) {
                    measurement(sheet, first.row(), entry, pointer, code);
                    continue;
                }
                ArrayNode points = entry.putArray("dataPoints");
                for (ItemRow item : e.getValue()) {
                    String p = pointer + "/dataPoints/" + points.size();
                    ObjectNode point = points.addObject();
                    point.put("name", item.ref().dataPoint());
                    cells.put(p, cell(TemplateLayout.KPI_DATA, item.row(), KpiColumn.NAME.index()));
                    cells.put(p + "/name", cell(TemplateLayout.KPI_DATA, item.row(), KpiColumn.ANCHOR.index()));
                    measurement(sheet, item.row(), point, p, code);
                }
            }
        }

        /**
         * Warns when the calculated result of an item row is no longer the template's: a typed-over
         * formula hides the calculation the verifier relies on ("check that pre-calculated cells have not
         * been changed", Verification Manual 2022 §6.1). Sheet protection makes this an accident in Excel,
         * but other programs and unprotected copies allow it. The reader never uses the cell's value.
         */
        private void calculated(Sheet sheet, int r, ItemRef ref) {
            Kpi kpi = catalogue.find(ref.kpi()).orElseThrow();
            ValueKind kind = ref.isDataPoint() ? kpi.dataPoint(ref.dataPoint()).orElseThrow().valueKind() : kpi.valueKind();
            double scale = ref.isDataPoint() ? kpi.dataPoint(ref.dataPoint()).orElseThrow().scale() : kpi.scale();
            Cell c = cellAt(sheet, r, KpiColumn.CALCULATED.index());
            boolean intact;
            if (kind == ValueKind.YES_NO) {
                intact = c != null && c.getCellType() == CellType.STRING
                        && TemplateLayout.NOT_REPORTED.equals(c.getStringCellValue());
            } else {
                intact = c != null && c.getCellType() == CellType.FORMULA
                        && TemplateWriter.formula(r, scale).equals(c.getCellFormula().replace(" ", ""));
            }
            if (!intact) {
                String found = c == null ? "" : c.getCellType() == CellType.FORMULA ? "=" + c.getCellFormula() : textOf(c);
                warnings.add(Issue.inCell("/kpis", ref.kpi().toString(),
                        cell(TemplateLayout.KPI_DATA, r, KpiColumn.CALCULATED.index()), CALCULATED_CHANGED,
                        ref.toString(), found.isEmpty() ? "(empty)" : found));
            }
        }

        private boolean hasInput(Sheet sheet, int r) {
            return Arrays.stream(KpiColumn.values()).filter(KpiColumn::input)
                    .anyMatch(c -> !blank(cellAt(sheet, r, c.index())));
        }

        /** The fields of one item row, in the order of the JSON format. */
        private void measurement(Sheet sheet, int r, ObjectNode target, String pointer, String code) {
            for (KpiColumn column : KpiColumn.values()) {
                if (!column.input()) {
                    continue;
                }
                Cell c = cellAt(sheet, r, column.index());
                if (blank(c)) {
                    continue;
                }
                String field = switch (column) {
                    case VALUE -> "value";
                    case REPORTED -> "reported";
                    case VERIFIED -> "verified";
                    case QUALITY -> "dataQuality";
                    case ORIGIN -> "dataOrigin";
                    case SOURCES -> "sources";
                    case NUMERATOR -> "numerator";
                    case DENOMINATOR -> "denominator";
                    case YEAR -> "year";
                    case COMMENT -> "note";
                    default -> throw new IllegalStateException("Not an input column: " + column);
                };
                String p = pointer + "/" + field;
                String where = cell(TemplateLayout.KPI_DATA, r, column.index());
                Optional<com.fasterxml.jackson.databind.JsonNode> value = switch (column) {
                    case VALUE -> {
                        Optional<Boolean> yesNo = type(c) == CellType.STRING ? TemplateLayout.yesNo(textOf(c))
                                : type(c) == CellType.BOOLEAN ? Optional.of(c.getBooleanCellValue()) : Optional.empty();
                        yield yesNo.isPresent() ? yesNo.map(NODES::booleanNode) : number(c, p, code, where);
                    }
                    case REPORTED, VERIFIED -> {
                        Optional<Boolean> yesNo = type(c) == CellType.BOOLEAN ? Optional.of(c.getBooleanCellValue())
                                : TemplateLayout.yesNo(textOf(c));
                        if (yesNo.isEmpty()) {
                            problems.add(Issue.inCell(p, code, where, YES_NO, textOf(c)));
                        }
                        yield yesNo.map(NODES::booleanNode);
                    }
                    case QUALITY -> {
                        Optional<DataQuality> q = TemplateLayout.quality(textOf(c));
                        if (q.isEmpty()) {
                            problems.add(Issue.inCell(p, code, where, QUALITY, textOf(c)));
                        }
                        yield q.map(d -> NODES.textNode(d.id()));
                    }
                    case SOURCES -> {
                        ArrayNode sources = NODES.arrayNode();
                        textOf(c).lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(sources::add);
                        yield Optional.of(sources);
                    }
                    case NUMERATOR, DENOMINATOR, YEAR -> number(c, p, code, where);
                    default -> Optional.of(NODES.textNode(textOf(c)));
                };
                value.ifPresent(v -> {
                    target.set(field, v);
                    cells.put(p, where);
                });
            }
        }

        // ---- cells -------------------------------------------------------------------------------

        private Optional<com.fasterxml.jackson.databind.JsonNode> number(Cell c, String pointer, String code,
                                                                          String where) {
            Double d = null;
            CellType type = type(c);
            if (type == CellType.NUMERIC) {
                d = c.getNumericCellValue();
            } else if (type == CellType.STRING) {
                try {
                    d = Double.valueOf(c.getStringCellValue().strip());
                } catch (NumberFormatException e) {
                    d = null;
                }
            }
            if (d == null || d.isNaN() || d.isInfinite()) {
                problems.add(Issue.inCell(pointer, code, where, NUMBER, textOf(c)));
                return Optional.empty();
            }
            double v = d;
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Optional.of(NODES.numberNode((long) v));
            }
            return Optional.of(NODES.numberNode(v));
        }

        private Cell cellAt(Sheet sheet, int r, int column) {
            Row row = sheet.getRow(r);
            return row == null ? null : row.getCell(column);
        }

        /** The type of a cell, formulas by their cached result. */
        private CellType type(Cell c) {
            if (c == null) {
                return CellType.BLANK;
            }
            return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        }

        private boolean blank(Cell c) {
            CellType t = type(c);
            return t == CellType.BLANK || t == CellType.STRING && c.getStringCellValue().isBlank();
        }

        /** The text of a text cell, null otherwise. */
        private String text(Cell c) {
            return type(c) == CellType.STRING ? c.getStringCellValue() : null;
        }

        /** Any cell as text, for text fields and for quoting in messages. */
        private String textOf(Cell c) {
            return switch (type(c)) {
                case STRING -> c.getStringCellValue().strip();
                case NUMERIC -> {
                    double v = c.getNumericCellValue();
                    yield v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v)
                            : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
                }
                case BOOLEAN -> c.getBooleanCellValue() ? TemplateLayout.YES : TemplateLayout.NO;
                case ERROR -> "#ERROR";
                default -> "";
            };
        }
    }
}
