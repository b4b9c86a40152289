package org.kpidocs.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.common.Sha256;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.i18n.Messages;

/**
 * The blank Data Collection Template of this build in one language, generated once and kept as bytes:
 * it depends only on the catalogue, the benchmark set, the language and its words, so it never
 * changes while the service runs. {@link DataCollectionTemplates} keeps one per language.
 */
public final class DataCollectionTemplate {

    /** The bundle of the template's words. */
    public static final String BUNDLE = "messages/workbook";
    /** The file name of the English template, offered for download and written by the command line. */
    public static final String FILE_NAME = "U4SSC-Data-Collection-Template.xlsx";
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DocumentLanguage language;
    private final byte[] content;
    private final String sha256;

    private DataCollectionTemplate(DocumentLanguage language, byte[] content) {
        this.language = language;
        this.content = content;
        this.sha256 = Sha256.hex(content);
    }

    /** Generates the template of this catalogue and benchmark set in {@code language}. */
    public static DataCollectionTemplate generate(Catalogue catalogue, BenchmarkSet benchmarks,
                                                 DocumentLanguage language) {
        return generate(catalogue, benchmarks, language, new CatalogueNames(catalogue));
    }

    static DataCollectionTemplate generate(Catalogue catalogue, BenchmarkSet benchmarks, DocumentLanguage language,
                                           CatalogueNames names) {
        return new DataCollectionTemplate(language,
                new TemplateWriter(catalogue, benchmarks, new Messages(BUNDLE), language, names).bytes());
    }

    /**
     * The template in {@code language} filled with a dataset (its JSON as the JSON route takes it):
     * what a city would upload for the same data. Fields the template has no cell for (benchmark
     * overrides, findings, a note on a whole KPI of several data points) are left out.
     */
    public static byte[] filledWith(Catalogue catalogue, BenchmarkSet benchmarks, JsonNode dataset,
                                    DocumentLanguage language) {
        TemplateWriter writer = new TemplateWriter(catalogue, benchmarks, new Messages(BUNDLE), language);
        try (XSSFWorkbook workbook = writer.build(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new TemplateFiller(workbook).fill(dataset);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a filled template", e);
        }
    }

    /**
     * The download's file name: {@link #FILE_NAME} in English, with the language tag before the
     * extension otherwise ({@code U4SSC-Data-Collection-Template-fr.xlsx}), so that templates of two
     * languages saved in one folder do not overwrite each other.
     */
    public static String fileName(DocumentLanguage language) {
        return DocumentLanguage.EN.tag().equals(language.tag()) ? FILE_NAME
                : FILE_NAME.replace(".xlsx", "-" + language.tag() + ".xlsx");
    }

    /** The language of the template's words. */
    public DocumentLanguage language() {
        return language;
    }

    /** {@link #fileName(DocumentLanguage)} of this template's language. */
    public String fileName() {
        return fileName(language);
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
