package org.kpidocs.job;

import java.time.Instant;
import java.util.List;

/**
 * A job and the state of each of its items.
 *
 * @param status   {@code queued} (nothing started), {@code running}, {@code done} (every item done) or
 *                 {@code finished-with-failures}
 * @param progress share of items finished (done or failed), 0–100
 */
public record JobView(String id, String document, String format, String lang, Instant createdAt, String status,
                      int progress, Counts counts, List<Item> items) {

    /** How many items are in each state. */
    public record Counts(int total, int queued, int running, int done, int failed) {
    }

    /**
     * @param worker the instance that is working on the item or finished it
     * @param error  why the last attempt failed, when it did
     */
    public record Item(int position, String dataset, String status, int attempts, String worker, Instant finishedAt,
                       String error, String fileName, String sha256) {
    }
}
