package org.kpidocs.job;

import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;

/** Renders one document of one stored dataset; the job worker calls one per item. */
@FunctionalInterface
public interface DocumentMaker {

    /**
     * @throws org.kpidocs.dataset.DatasetNotFoundException when the dataset is gone
     * @throws org.kpidocs.render.RenderRefusedException    when the instance is too busy to render now
     */
    RenderedDocument make(String datasetId, DocumentLanguage language);

    /** This maker, printing Arabic with {@code digits} unless the job's language tag chose some. */
    default DocumentMaker withDefaultDigits(DocumentLanguage.Digits digits) {
        return (datasetId, language) -> make(datasetId, language.withDefaultDigits(digits));
    }
}
