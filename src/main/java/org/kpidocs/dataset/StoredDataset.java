package org.kpidocs.dataset;

import java.time.Instant;
import java.util.List;

/**
 * A dataset as the service keeps it: one immutable version with its id, timestamps, content hash and
 * the warnings found when it was accepted.
 *
 * @param id        the dataset id, stable across versions
 * @param version   1 for the first submission, then 2, 3 … for each replacement
 * @param createdAt when version 1 was accepted
 * @param updatedAt when this version was accepted
 * @param sha256    SHA-256 of the canonical JSON of this version, hex
 * @param dataset   the canonical dataset
 * @param warnings  what the service noticed but did not refuse
 * @param canonicalJson the dataset as stored, the text {@code sha256} is computed over
 */
public record StoredDataset(String id, int version, Instant createdAt, Instant updatedAt, String sha256,
                            Dataset dataset, List<Issue> warnings, String canonicalJson) {
    public StoredDataset {
        warnings = List.copyOf(warnings);
    }
}
