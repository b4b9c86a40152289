package org.kpidocs.storage;

import java.time.Instant;

/** A stored job: which document, for how many datasets, asked by whom. */
public record JobRecord(String id, String document, String format, String lang, String owner, Instant createdAt,
                        int itemCount) {
}
