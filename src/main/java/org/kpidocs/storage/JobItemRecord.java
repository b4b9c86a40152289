package org.kpidocs.storage;

import java.time.Instant;

/**
 * One item of a job: one document of one dataset. The rendered bytes are not part of it; see
 * {@link JobStore#content}.
 *
 * @param claimedBy  the instance working on it or that finished it
 * @param leaseUntil while running: when another instance may claim it again
 */
public record JobItemRecord(String jobId, int position, String datasetId, String status, int attempts, String claimedBy,
                            Instant leaseUntil, Instant finishedAt, String error, String fileName, String mediaType,
                            String sha256) {
}
