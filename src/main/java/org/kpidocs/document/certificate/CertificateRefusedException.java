package org.kpidocs.document.certificate;

import java.util.List;
import org.kpidocs.dataset.Issue;

/** The dataset does not (yet) earn a certificate; every unmet condition is listed. */
public final class CertificateRefusedException extends RuntimeException {

    private final String datasetId;
    private final transient List<Issue> unmet;

    CertificateRefusedException(String datasetId, List<Issue> unmet) {
        super("Dataset " + datasetId + " does not meet " + unmet.size() + " condition(s) for a certificate");
        this.datasetId = datasetId;
        this.unmet = List.copyOf(unmet);
    }

    public String datasetId() {
        return datasetId;
    }

    /** The unmet conditions, each with the dataset field that would meet it. */
    public List<Issue> unmet() {
        return unmet;
    }
}
