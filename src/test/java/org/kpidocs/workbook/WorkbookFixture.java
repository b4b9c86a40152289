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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DataQuality;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.workbook.TemplateLayout.KpiColumn;
import org.kpidocs.workbook.TemplateLayout.ProfileColumn;

/** Fills the blank Data Collection Template with POI, as a city would in Excel, and reads its cells back. */
public final class WorkbookFixture {

    private WorkbookFixture() {
    }

    /** The text of a cell; empty for a missing, blank or non-text cell. */
    static String text(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? ""
                : cell.getStringCellValue();
    }

    /** Every text cell of a sheet, row by row. */
    static List<String> allText(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /** The blank English template of this build, opened for editing. */
    public static XSSFWorkbook blank(Catalogue catalogue, BenchmarkSet benchmarks) {
        return blank(catalogue, benchmarks, DocumentLanguage.EN);
    }

    /** The blank template of this build in {@code language}, opened for editing. */
    public static XSSFWorkbook blank(Catalogue catalogue, BenchmarkSet benchmarks, DocumentLanguage language) {
        byte[] bytes = DataCollectionTemplate.generate(catalogue, benchmarks, language).bytes();
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
        return new TemplateFiller(workbook).itemRow(anchor);
    }

    /** The 0-based row of City Profile whose hidden key is {@code key}. */
    public static int profileRow(XSSFWorkbook workbook, String key) {
        return new TemplateFiller(workbook).profileRow(key);
    }

    /** Sets a KPI Data cell of the item row {@code anchor}: text, number, or null for blank. */
    public static void kpiCell(XSSFWorkbook workbook, String anchor, String column, Object value) {
        new TemplateFiller(workbook).kpiCell(anchor, KpiColumn.valueOf(column), value);
    }

    public static void profileCell(XSSFWorkbook workbook, String key, Object value) {
        new TemplateFiller(workbook).profileCell(key, value);
    }

    /** Sets the hidden anchor of the item row {@code anchor} to {@code replacement}. */
    public static void anchor(XSSFWorkbook workbook, String anchor, String replacement) {
        new TemplateFiller(workbook).kpiCell(anchor, KpiColumn.ANCHOR, replacement);
    }

    /** The letter of a KPI Data column, e.g. {@code VALUE} → H. */
    public static String letter(String column) {
        return KpiColumn.valueOf(column).letter();
    }

    /** Writes a JSON dataset into the template: profile, and every KPI entry with every field. */
    public static void fill(XSSFWorkbook workbook, JsonNode dataset) {
        new TemplateFiller(workbook).fill(dataset);
    }
}
