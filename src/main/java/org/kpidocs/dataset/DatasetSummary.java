package org.kpidocs.dataset;

import java.time.Instant;

/**
 * One line of the dataset list.
 *
 * @param owner who submitted the dataset (an API key id); null when unknown
 */
public record DatasetSummary(String id, int version, String city, String country, int reportingYear,
                             Instant createdAt, Instant updatedAt, String owner) {
}
