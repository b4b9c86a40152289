package org.kpidocs.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DataQuality;
import org.kpidocs.i18n.Messages;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;
import org.kpidocs.workbook.TemplateLayout.ProfileColumn;

/** Fills the blank Data Collection Template with POI, as a city would in Excel. */
public final class WorkbookFixture {

    private WorkbookFixture() {
    }

    /** The blank template of this build, opened for editing. */
    public static XSSFWorkbook blank(Catalogue catalogue, BenchmarkSet benchmarks) {
        byte[] bytes = new TemplateWriter(catalogue, benchmarks, new Messages(DataCollectionTemplate.BUNDLE)).bytes();
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(XSSFWorkbook workbook) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0-based row of KPI Data whose hidden anchor is {@code anchor}. */
    public static int itemRow(XSSFWorkbook workbook, String anchor) {
        Sheet sheet = workbook.getSheet(TemplateLayout.KPI_DATA);
        for (Row row : sheet) {
            Cell kind = row.getCell(KpiColumn.ROW_KIND.index());
            Cell a = row.getCell(KpiColumn.ANCHOR.index());
            if (kind != null && "item".equals(kind.getStringCellValue()) && a != null
                    && anchor.equals(a.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("No item row " + anchor);
    }

    /** The 0-based row of City Profile whose hidden key is {@code key}. */
    public static int profileRow(XSSFWorkbook workbook, String key) {
        Sheet sheet = workbook.getSheet(TemplateLayout.PROFILE);
        for (Row row : sheet) {
            Cell k = row.getCell(ProfileColumn.KEY.index());
            if (k != null && key.equals(k.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new IllegalArgumentException("No profile row " + key);
    }

    /** Sets a KPI Data cell of the item row {@code anchor}: text, number, or null for blank. */
    public static void kpiCell(XSSFWorkbook workbook, String anchor, String column, Object value) {
        set(workbook.getSheet(TemplateLayout.KPI_DATA), itemRow(workbook, anchor),
                KpiColumn.valueOf(column).index(), value);
    }

    public static void profileCell(XSSFWorkbook workbook, String key, Object value) {
        set(workbook.getSheet(TemplateLayout.PROFILE), profileRow(workbook, key), ProfileColumn.VALUE.index(), value);
    }

    /** Sets the hidden anchor of the item row {@code anchor} to {@code replacement}. */
    public static void anchor(XSSFWorkbook workbook, String anchor, String replacement) {
        set(workbook.getSheet(TemplateLayout.KPI_DATA), itemRow(workbook, anchor), KpiColumn.ANCHOR.index(),
                replacement);
    }

    /** The letter of a KPI Data column, e.g. {@code VALUE} → H. */
    public static String letter(String column) {
        return KpiColumn.valueOf(column).letter();
    }

    private static void set(Sheet sheet, int r, int c, Object value) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            cell.removeFormula(); // typing into a formula cell replaces the formula, as in Excel
        }
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Writes a JSON dataset into the template: profile, and every KPI entry with every field. */
    public static void fill(XSSFWorkbook workbook, JsonNode dataset) {
        for (ProfileField f : ProfileField.values()) {
            JsonNode v = dataset;
            for (String part : f.key().split("\\.")) {
                v = v.path(part);
            }
            if (v.isMissingNode() || v.isNull()) {
                continue;
            }
            Object value = switch (f.input()) {
                case DATE -> LocalDate.parse(v.asText());
                case MONTH -> LocalDate.parse(v.asText() + "-01");
                default -> v.isNumber() ? (Object) v.numberValue() : v.asText();
            };
            profileCell(workbook, f.key(), value);
        }
        for (JsonNode kpi : dataset.path("kpis")) {
            String code = kpi.path("code").asText();
            if (kpi.has("dataPoints")) {
                for (JsonNode point : kpi.path("dataPoints")) {
                    measurement(workbook, code + " / " + point.path("name").asText(), point);
                }
            } else {
                measurement(workbook, code, kpi);
            }
        }
    }

    private static void measurement(XSSFWorkbook workbook, String anchor, JsonNode m) {
        if (m.has("value")) {
            JsonNode v = m.get("value");
            kpiCell(workbook, anchor, "VALUE", v.isBoolean() ? yesNo(v.asBoolean()) : v.numberValue());
        }
        for (String[] f : new String[][] {{"numerator", "NUMERATOR"}, {"denominator", "DENOMINATOR"}, {"year", "YEAR"}}) {
            if (m.has(f[0])) {
                kpiCell(workbook, anchor, f[1], m.get(f[0]).numberValue());
            }
        }
        if (m.has("reported")) {
            kpiCell(workbook, anchor, "REPORTED", yesNo(m.get("reported").asBoolean()));
        }
        if (m.has("verified")) {
            kpiCell(workbook, anchor, "VERIFIED", yesNo(m.get("verified").asBoolean()));
        }
        if (m.has("dataQuality")) {
            kpiCell(workbook, anchor, "QUALITY", TemplateLayout.QUALITY_LABELS.get(DataQuality.find(m.get("dataQuality").asText()).orElseThrow()));
        }
        if (m.has("dataOrigin")) {
            kpiCell(workbook, anchor, "ORIGIN", m.get("dataOrigin").asText());
        }
        if (m.has("sources")) {
            List<String> sources = new ArrayList<>();
            m.get("sources").forEach(s -> sources.add(s.asText()));
            kpiCell(workbook, anchor, "SOURCES", String.join("\n", sources));
        }
        if (m.has("note")) {
            kpiCell(workbook, anchor, "COMMENT", m.get("note").asText());
        }
    }

    private static String yesNo(boolean b) {
        return b ? TemplateLayout.YES : TemplateLayout.NO;
    }
}
