package org.kpidocs.document;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.StoredDataset;

/**
 * The month a document is dated: the verifier's report date, else the month verification was
 * completed, else the month the dataset version was accepted. Never the clock, so the same dataset
 * version always gives the same date (and the same bytes).
 */
public final class DocumentDate {

    private DocumentDate() {
    }

    public static YearMonth month(StoredDataset s) {
        Dataset.Verification v = s.dataset().verification();
        if (v != null && v.reportDate() != null) {
            return v.reportDate();
        }
        if (v != null && v.completedOn() != null) {
            return YearMonth.from(v.completedOn());
        }
        return YearMonth.from(s.updatedAt().atOffset(ZoneOffset.UTC));
    }

    /** The first instant of that month, UTC: the PDF's creation date. */
    public static Instant instant(StoredDataset s) {
        return month(s).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
