package org.kpidocs.document.certificate;

import java.time.Instant;
import java.util.List;

/**
 * A registered certificate as the registry knows it now.
 *
 * @param pdfSha256        SHA-256 of the issued, signed PDF (hex)
 * @param signerSha256     SHA-256 of the certificate of the key that signed it (hex)
 * @param developmentKey   signed with the development key: not an official certificate
 * @param statusChangedAt  when it was revoked or superseded; null while valid
 * @param revocationReason null unless revoked
 * @param supersededBy     the number of the certificate that replaced it; null unless superseded
 * @param supersedes       the numbers of the earlier certificates of the dataset that it replaced
 */
public record IssuedCertificate(String number, CertificateStatus status, String city, String country,
                                int reportingYear, Instant issuedAt, String datasetId, int datasetVersion,
                                String datasetSha256, String pdfSha256, String signerSha256, boolean developmentKey,
                                Instant statusChangedAt, String revocationReason, String supersededBy,
                                List<String> supersedes) {

    public IssuedCertificate {
        supersedes = List.copyOf(supersedes);
    }
}
