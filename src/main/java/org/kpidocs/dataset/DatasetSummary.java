package org.kpidocs.dataset;

import java.time.Instant;

/** One line of the dataset list. */
public record DatasetSummary(String id, int version, String city, String country, int reportingYear,
                             Instant createdAt, Instant updatedAt) {
}
