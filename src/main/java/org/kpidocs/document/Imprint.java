package org.kpidocs.document;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.dataset.StoredDataset;

/**
 * Provenance every document prints on the back of its cover: which dataset version (and its SHA-256)
 * it was made from, with which catalogue, benchmark set and template, so each figure can be traced.
 */
public record Imprint(String datasetId, String datasetVersion, String datasetSha256, String catalogueVersion,
                      String benchmarkSetVersion, String templateVersion, String datasetAcceptedOn) {

    public static Imprint of(StoredDataset stored, Assessment a, String templateVersion, Formats f) {
        return new Imprint(stored.id(), String.valueOf(stored.version()), stored.sha256(), a.catalogueVersion(),
                a.benchmarkSetVersion(), templateVersion, f.date(LocalDate.ofInstant(stored.updatedAt(), ZoneOffset.UTC)));
    }
}
