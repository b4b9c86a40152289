package org.kpidocs.storage;

import java.time.Instant;

/**
 * One stored version of a dataset: the canonical JSON, its warnings as JSON, and the index columns
 * used for listing.
 *
 * @param owner who submitted version 1 (an API key id); null when unknown. Set once, with version 1.
 */
public record DatasetRecord(String id, int version, String city, String country, int reportingYear,
                            String json, String sha256, String warningsJson, Instant createdAt,
                            Instant updatedAt, String owner) {

    /** A record without an owner. */
    public DatasetRecord(String id, int version, String city, String country, int reportingYear, String json,
                         String sha256, String warningsJson, Instant createdAt, Instant updatedAt) {
        this(id, version, city, country, reportingYear, json, sha256, warningsJson, createdAt, updatedAt, null);
    }
}
