package org.kpidocs.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.kpidocs.document.certificate.CertificateStatus;
import org.kpidocs.document.certificate.IssuedCertificate;

/**
 * A certificate as the API shows it: status (with the reason and date of a revocation, or the number
 * that superseded it), city, dates, the dataset it certifies, the SHA-256 of the issued PDF, and how
 * it is signed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CertificateView(String number, String status, String city, String country, int reportingYear,
                       Instant issuedAt, String sha256, String href, String pdf, String html, DatasetRef dataset,
                       Revocation revocation, Supersession supersededBy, List<String> supersedes, Signature signature) {

    record DatasetRef(String id, int version, String sha256, String href) {
    }

    record Revocation(Instant revokedAt, String reason) {
    }

    record Supersession(String number, Instant supersededAt, String href) {
    }

    /**
     * @param developmentKey signed with the service's development key: not an official certificate
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Signature(String format, String signerSha256, boolean developmentKey, String note) {
    }

    static CertificateView of(IssuedCertificate c) {
        String href = href(c.number());
        return new CertificateView(c.number(), c.status().id(), c.city(), c.country(), c.reportingYear(), c.issuedAt(),
                c.pdfSha256(), href, href + ".pdf", href + ".html",
                new DatasetRef(c.datasetId(), c.datasetVersion(), c.datasetSha256(), "/api/v1/datasets/" + c.datasetId()
                        + "/versions/" + c.datasetVersion()),
                c.status() == CertificateStatus.REVOKED ? new Revocation(c.statusChangedAt(), c.revocationReason()) : null,
                c.supersededBy() == null ? null
                        : new Supersession(c.supersededBy(), c.status() == CertificateStatus.SUPERSEDED
                                ? c.statusChangedAt() : null, href(c.supersededBy())),
                c.supersedes(),
                new Signature("PAdES B-B (ETSI.CAdES.detached)", c.signerSha256(), c.developmentKey(),
                        c.developmentKey() ? "signed with a development key: not an official certificate" : null));
    }

    static String href(String number) {
        return "/api/v1/certificates/" + number;
    }
}
