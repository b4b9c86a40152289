package org.kpidocs.storage;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param id        assigned by the database, in the order of appending; 0 before
 * @param actor     the API key id, {@code command-line}, or null for a caller without a valid key
 * @param action    what was done or tried, e.g. {@code POST /api/v1/datasets}
 * @param subject   the request path or the object acted on
 * @param outcome   the HTTP status of the answer (0 for the command line)
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String subject, int outcome,
                          String requestId, String detail) {
}
