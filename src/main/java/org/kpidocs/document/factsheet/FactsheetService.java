package org.kpidocs.document.factsheet;

import org.kpidocs.dataset.DatasetNotFoundException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;

/** The Factsheet and the City Snapshot of a stored dataset, by id: what the API serves. */
public final class FactsheetService {

    /** The two documents of this package. */
    public enum Kind {
        FACTSHEET, SNAPSHOT
    }

    private final DatasetService datasets;
    private final FactsheetRenderer renderer;

    public FactsheetService(DatasetService datasets, FactsheetRenderer renderer) {
        this.datasets = datasets;
        this.renderer = renderer;
    }

    /** The document of the latest version as PDF; unknown id → {@link DatasetNotFoundException}. */
    public RenderedDocument pdf(Kind kind, String datasetId, DocumentLanguage language) {
        StoredDataset s = find(datasetId);
        return kind == Kind.FACTSHEET ? renderer.factsheetPdf(s, language) : renderer.snapshotPdf(s, language);
    }

    /** The document of the latest version as HTML; unknown id → {@link DatasetNotFoundException}. */
    public RenderedDocument html(Kind kind, String datasetId, DocumentLanguage language) {
        StoredDataset s = find(datasetId);
        return kind == Kind.FACTSHEET ? renderer.factsheetHtml(s, language) : renderer.snapshotHtml(s, language);
    }

    private StoredDataset find(String id) {
        return datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
    }
}
