package org.kpidocs.storage;

import java.time.Instant;

/**
 * One registered certificate: the index columns, what it prints (JSON), the signed PDF with its
 * SHA-256, who signed it, and its status.
 *
 * @param pdf               the signed PDF; null in lists, which leave it out
 * @param status            {@code valid}, {@code revoked} or {@code superseded}
 * @param statusChangedAt   when it was revoked or superseded; null while valid
 * @param revocationReason  why it was revoked; null unless revoked
 * @param supersededBy      the number of the certificate that replaced it; null unless superseded
 */
public record CertificateRecord(String number, int issueYear, int sequence, String datasetId, int datasetVersion,
                                String datasetSha256, String city, String country, int reportingYear,
                                Instant issuedAt, String printedJson, byte[] pdf, String pdfSha256,
                                String signerSha256, boolean developmentKey, String status, Instant statusChangedAt,
                                String revocationReason, String supersededBy) {

    /** The same record without its PDF bytes. */
    public CertificateRecord withoutPdf() {
        return new CertificateRecord(number, issueYear, sequence, datasetId, datasetVersion, datasetSha256, city,
                country, reportingYear, issuedAt, printedJson, null, pdfSha256, signerSha256, developmentKey, status,
                statusChangedAt, revocationReason, supersededBy);
    }
}
