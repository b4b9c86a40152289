package org.kpidocs.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.dataset.DataQuality;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;
import org.kpidocs.workbook.TemplateLayout.ProfileColumn;
import org.kpidocs.workbook.TemplateLayout.RowKind;

/**
 * Writes a dataset (its JSON, as the JSON route accepts it) into a blank template, cell by cell where
 * {@link WorkbookReader} reads them back: the inverse of the reader, so that a workbook the service
 * exports can be edited and uploaded again. Fields the template has no cell for (benchmark overrides,
 * findings, a note on a whole KPI of several data points) are not written.
 */
final class TemplateFiller {

    private final XSSFWorkbook workbook;
    private final Map<String, Integer> itemRows = new HashMap<>();
    private final Map<String, Integer> profileRows = new HashMap<>();

    TemplateFiller(XSSFWorkbook workbook) {
        this.workbook = workbook;
        Sheet kpiData = workbook.getSheet(TemplateLayout.KPI_DATA);
        for (Row row : kpiData) {
            Cell kind = row.getCell(KpiColumn.ROW_KIND.index());
            Cell anchor = row.getCell(KpiColumn.ANCHOR.index());
            if (kind != null && anchor != null && RowKind.ITEM.id().equals(kind.getStringCellValue())) {
                itemRows.put(anchor.getStringCellValue(), row.getRowNum());
            }
        }
        for (Row row : workbook.getSheet(TemplateLayout.PROFILE)) {
            Cell key = row.getCell(ProfileColumn.KEY.index());
            if (key != null && key.getCellType() == CellType.STRING) {
                profileRows.put(key.getStringCellValue(), row.getRowNum());
            }
        }
    }

    /** Writes the profile and every KPI entry with every field the template holds. */
    void fill(JsonNode dataset) {
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
            profileCell(f.key(), value);
        }
        for (JsonNode kpi : dataset.path("kpis")) {
            String code = kpi.path("code").asText();
            if (kpi.has("dataPoints")) {
                for (JsonNode point : kpi.path("dataPoints")) {
                    measurement(code + " / " + point.path("name").asText(), point);
                }
            } else {
                measurement(code, kpi);
            }
        }
    }

    /** The 0-based row of KPI Data whose hidden anchor is {@code anchor}. */
    int itemRow(String anchor) {
        Integer r = itemRows.get(anchor);
        if (r == null) {
            throw new IllegalArgumentException("No item row " + anchor);
        }
        return r;
    }

    /** The 0-based row of City Profile whose hidden key is {@code key}. */
    int profileRow(String key) {
        Integer r = profileRows.get(key);
        if (r == null) {
            throw new IllegalArgumentException("No profile row " + key);
        }
        return r;
    }

    /** Sets a KPI Data cell of the item row {@code anchor}: text, number, date, or null for blank. */
    void kpiCell(String anchor, KpiColumn column, Object value) {
        set(workbook.getSheet(TemplateLayout.KPI_DATA), itemRow(anchor), column.index(), value);
    }

    void profileCell(String key, Object value) {
        set(workbook.getSheet(TemplateLayout.PROFILE), profileRow(key), ProfileColumn.VALUE.index(), value);
    }

    private void measurement(String anchor, JsonNode m) {
        if (m.size() == 1) {
            // An entry that only names its KPI or data point says "not reported" explicitly; a blank row
            // would leave it out, so the row says NO and reads back as the same entry.
            kpiCell(anchor, KpiColumn.REPORTED, TemplateLayout.NO);
            return;
        }
        if (m.has("value")) {
            JsonNode v = m.get("value");
            kpiCell(anchor, KpiColumn.VALUE, v.isBoolean() ? yesNo(v.asBoolean()) : v.numberValue());
        }
        number(anchor, m, "numerator", KpiColumn.NUMERATOR);
        number(anchor, m, "denominator", KpiColumn.DENOMINATOR);
        number(anchor, m, "year", KpiColumn.YEAR);
        if (m.has("reported")) {
            kpiCell(anchor, KpiColumn.REPORTED, yesNo(m.get("reported").asBoolean()));
        }
        if (m.has("verified")) {
            kpiCell(anchor, KpiColumn.VERIFIED, yesNo(m.get("verified").asBoolean()));
        }
        if (m.has("dataQuality")) {
            DataQuality quality = DataQuality.find(m.get("dataQuality").asText()).orElseThrow();
            kpiCell(anchor, KpiColumn.QUALITY, TemplateLayout.QUALITY_LABELS.get(quality));
        }
        if (m.has("dataOrigin")) {
            kpiCell(anchor, KpiColumn.ORIGIN, m.get("dataOrigin").asText());
        }
        if (m.has("sources")) {
            List<String> sources = new ArrayList<>();
            m.get("sources").forEach(s -> sources.add(s.asText()));
            kpiCell(anchor, KpiColumn.SOURCES, String.join("\n", sources));
        }
        if (m.has("note")) {
            kpiCell(anchor, KpiColumn.COMMENT, m.get("note").asText());
        }
    }

    private void number(String anchor, JsonNode m, String field, KpiColumn column) {
        if (m.has(field)) {
            kpiCell(anchor, column, m.get(field).numberValue());
        }
    }

    private static void set(Sheet sheet, int r, int c, Object value) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (cell.getCellType() == CellType.FORMULA) {
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

    private static String yesNo(boolean b) {
        return b ? TemplateLayout.YES : TemplateLayout.NO;
    }
}
