package org.kpidocs.storage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The certificate registry. Nothing is ever deleted: certificates change status (valid, superseded,
 * revoked) and every change is appended to an audit trail in the same transaction.
 */
public interface CertificateStore {

    /** Takes the next sequence number of {@code year} (1, 2, 3 …); never hands out the same one twice. */
    int nextSequence(int year);

    /**
     * Registers a certificate: stores it, marks the dataset's earlier valid certificates superseded by
     * it, and records both in the audit trail, all in one transaction.
     *
     * @return false, storing nothing, when the dataset version already has a certificate
     */
    boolean issue(CertificateRecord record);

    /** A certificate with its PDF. */
    Optional<CertificateRecord> find(String number);

    /** The certificate of one dataset version, with its PDF. */
    Optional<CertificateRecord> forDatasetVersion(String datasetId, int datasetVersion);

    /** The certificate whose issued PDF has this SHA-256, with its PDF. */
    Optional<CertificateRecord> byPdfSha256(String sha256);

    /** The numbers of the certificates that {@code number} superseded, oldest first. */
    List<String> supersededBy(String number);

    /** Certificates, newest first, without their PDFs. */
    List<CertificateRecord> list(int limit, int offset);

    int count();

    /**
     * Revokes a certificate and records it in the audit trail.
     *
     * @return false when there is no such certificate or it is already revoked
     */
    boolean revoke(String number, String reason, Instant at);

    /** The audit trail of one certificate, in order. */
    List<CertificateEvent> events(String number);
}
