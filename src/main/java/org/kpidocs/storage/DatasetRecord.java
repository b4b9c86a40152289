package org.kpidocs.storage;

import java.time.Instant;

/**
 * One stored version of a dataset: the canonical JSON, its warnings as JSON, and the index columns
 * used for listing.
 */
public record DatasetRecord(String id, int version, String city, String country, int reportingYear,
                            String json, String sha256, String warningsJson, Instant createdAt,
                            Instant updatedAt) {
}
