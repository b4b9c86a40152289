package org.kpidocs.document.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kpidocs.assessment.Assessment;
import org.kpidocs.dataset.Dataset;
import org.kpidocs.dataset.Issue;

/**
 * When a dataset earns a certificate: the verification is completed (a named verifier and a
 * completion date, not after the day of issue), at least one KPI is verified, and the city and the
 * reporting period are known. Every unmet condition is reported, each with the JSON pointer of the
 * dataset field that would meet it and a message key of the API bundle.
 */
final class IssuanceRules {

    private IssuanceRules() {
    }

    /** The unmet conditions; empty when a certificate may be issued on {@code issueDate}. */
    static List<Issue> unmet(Dataset d, Assessment a, LocalDate issueDate) {
        List<Issue> unmet = new ArrayList<>();
        Dataset.Verification v = d.verification();
        if (v == null || v.completedOn() == null) {
            unmet.add(issue("/verification/completedOn", "certificate.verification-not-completed"));
        } else if (v.completedOn().isAfter(issueDate)) {
            unmet.add(issue("/verification/completedOn", "certificate.verification-in-future",
                    v.completedOn().toString(), issueDate.toString()));
        }
        if (v == null || blank(v.verifier())) {
            unmet.add(issue("/verification/verifier", "certificate.verifier-missing"));
        }
        if (a.summary().kpis().all().verified() == 0) {
            unmet.add(issue("/kpis", "certificate.no-verified-kpi"));
        }
        if (d.city() == null || blank(d.city().name())) {
            unmet.add(issue("/city/name", "certificate.city-unknown"));
        }
        if (d.city() == null || blank(d.city().country())) {
            unmet.add(issue("/city/country", "certificate.country-unknown"));
        }
        if (d.reportingYear() <= 0) {
            unmet.add(issue("/reportingYear", "certificate.period-unknown"));
        }
        return unmet;
    }

    private static Issue issue(String pointer, String key, String... args) {
        return new Issue(pointer, null, key, List.of(args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
