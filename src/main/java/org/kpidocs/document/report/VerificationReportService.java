package org.kpidocs.document.report;

import org.kpidocs.dataset.DatasetNotFoundException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.StoredDataset;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;

/** The Verification Report of a stored dataset, by id: what the API serves. */
public final class VerificationReportService {

    private final DatasetService datasets;
    private final VerificationReportRenderer renderer;

    public VerificationReportService(DatasetService datasets, VerificationReportRenderer renderer) {
        this.datasets = datasets;
        this.renderer = renderer;
    }

    /** The report of the latest version as PDF; unknown id → {@link DatasetNotFoundException}. */
    public RenderedDocument pdf(String datasetId, DocumentLanguage language) {
        return renderer.pdf(find(datasetId), language);
    }

    /** The report of the latest version as HTML; unknown id → {@link DatasetNotFoundException}. */
    public RenderedDocument html(String datasetId, DocumentLanguage language) {
        return renderer.html(find(datasetId), language);
    }

    private StoredDataset find(String id) {
        return datasets.find(id).orElseThrow(() -> new DatasetNotFoundException(id));
    }
}
