package org.kpidocs.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.common.Sha256;
import org.kpidocs.i18n.Messages;

/**
 * The blank Data Collection Template of this build, generated once and kept as bytes: it depends only
 * on the catalogue, the benchmark set and the words, so it never changes while the service runs.
 */
public final class DataCollectionTemplate {

    /** The bundle of the template's words. */
    public static final String BUNDLE = "messages/workbook";
    /** The file name offered for download and written by the command line. */
    public static final String FILE_NAME = "U4SSC-Data-Collection-Template.xlsx";
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final byte[] content;
    private final String sha256;

    private DataCollectionTemplate(byte[] content) {
        this.content = content;
        this.sha256 = Sha256.hex(content);
    }

    /** Generates the template of this catalogue and benchmark set, in English. */
    public static DataCollectionTemplate generate(Catalogue catalogue, BenchmarkSet benchmarks) {
        return new DataCollectionTemplate(new TemplateWriter(catalogue, benchmarks, new Messages(BUNDLE)).bytes());
    }

    /**
     * The template filled with a dataset (its JSON as the JSON route takes it): what a city would
     * upload for the same data. Fields the template has no cell for (benchmark overrides, findings, a
     * note on a whole KPI of several data points) are left out.
     */
    public static byte[] filledWith(Catalogue catalogue, BenchmarkSet benchmarks, JsonNode dataset) {
        TemplateWriter writer = new TemplateWriter(catalogue, benchmarks, new Messages(BUNDLE));
        try (XSSFWorkbook workbook = writer.build(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new TemplateFiller(workbook).fill(dataset);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a filled template", e);
        }
    }

    /** The .xlsx file; a fresh copy on each call. */
    public byte[] bytes() {
        return content.clone();
    }

    /** Hex SHA-256 of {@link #bytes()}, e.g. for an ETag. */
    public String sha256() {
        return sha256;
    }

}
