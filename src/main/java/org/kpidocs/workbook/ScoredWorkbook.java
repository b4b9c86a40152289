package org.kpidocs.workbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.assessment.Assessor;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.catalogue.CatalogueNames;
import org.kpidocs.dataset.DatasetNotFoundException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.Issue;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.FileNames;
import org.kpidocs.document.Named;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.i18n.Messages;

/**
 * A stored dataset as the verifier's scored workbook: the Data Collection Template filled with the
 * dataset (so it can be corrected and uploaded again), plus sheets with the score of every KPI and
 * data point, of every category, sub-dimension and dimension, and the screening warnings.
 *
 * <p>The same dataset version gives the same bytes: every date in the file is the time the version
 * was accepted.
 */
public final class ScoredWorkbook {

    /** The first part of the download's file name. */
    static final String KIND = "U4SSC-Scored-Workbook";

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;
    private final DatasetService datasets;
    private final Assessor assessor;
    private final Messages words = new Messages(DataCollectionTemplate.BUNDLE);
    private final CatalogueNames names;
    private final Messages issues;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param issueWords the bundle that words dataset issues ({@code messages/api})
     */
    public ScoredWorkbook(Catalogue catalogue, BenchmarkSet benchmarks, DatasetService datasets, Assessor assessor,
                          Messages issueWords) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
        this.datasets = datasets;
        this.assessor = assessor;
        this.issues = issueWords;
        this.names = new CatalogueNames(catalogue);
    }

    /**
     * The scored workbook of the latest version of a dataset in {@code language}.
     *
     * @throws DatasetNotFoundException when there is no such dataset
     */
    public RenderedDocument export(String id, DocumentLanguage language) {
        return write(datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id)), language);
    }

    /**
     * The scored workbook of one stored dataset version in {@code language}: the words of the
     * template and of the scoring sheets, the catalogue's names and the screening warnings in that
     * language; sheet names, answers and the other identifiers of the layout contract in English.
     */
    public RenderedDocument write(StoredDataset stored, DocumentLanguage language) {
        Locale locale = Locale.forLanguageTag(language.tag());
        Assessment assessment = Named.in(assessor.assess(stored.id(), stored.version(), stored.dataset()),
                names.in(locale));
        TemplateWriter writer = new TemplateWriter(catalogue, benchmarks, words, language, names);
        ByteArrayOutputStream raw = new ByteArrayOutputStream(256 * 1024);
        try (XSSFWorkbook workbook = writer.build()) {
            new TemplateFiller(workbook).fill(json.readTree(stored.canonicalJson()));
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            new ScoringSheets(workbook, words, writer).add(assessment, warnings(stored.warnings(), locale));
            properties(workbook, stored, locale);
            workbook.write(raw);
            LocalDateTime time = LocalDateTime.ofInstant(stored.updatedAt(), ZoneOffset.UTC);
            String period = stored.dataset().reportingYear() + "-v" + stored.version()
                    + (DocumentLanguage.EN.tag().equals(language.tag()) ? "" : "-" + language.tag());
            return new RenderedDocument(StableZip.rewrite(raw.toByteArray(), time), DataCollectionTemplate.MEDIA_TYPE,
                    FileNames.of(KIND, stored.dataset().city().name(), period, "xlsx"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored dataset " + stored.id() + " is not JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the scored workbook of " + stored.id(), e);
        }
    }

    private List<ScoringSheets.Warning> warnings(List<Issue> found, Locale locale) {
        return found.stream().map(i -> new ScoringSheets.Warning(i.cell() != null ? i.cell() : i.pointer(), i.kpi(),
                issues.format(locale, i.key(), i.args()), issues.format(locale, i.key() + ".allowed", i.args())))
                .toList();
    }

    private void properties(XSSFWorkbook workbook, StoredDataset stored, Locale locale) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date date = Date.from(stored.updatedAt());
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        core.setTitle(words.format(locale, "doc.scored.title", stored.dataset().city().name(),
                String.valueOf(stored.dataset().reportingYear())));
        // Traceable like the documents' "About this document": which dataset version, which content.
        core.setIdentifier("dataset " + stored.id() + " version " + stored.version() + " sha256 " + stored.sha256());
    }
}
