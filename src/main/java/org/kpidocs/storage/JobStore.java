package org.kpidocs.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Jobs and their items in the database, shared by every instance: items are claimed with a lease by
 * a conditional update, so two instances never work on one item at once and an item whose instance
 * died is claimed again when its lease runs out.
 */
public final class JobStore {

    private static final String ITEM_COLUMNS = "job_id, position, dataset_id, status, attempts, claimed_by, "
            + "lease_until, finished_at, error, file_name, media_type, sha256";

    private final Jdbc jdbc;

    JobStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, "Job");
    }

    /** Stores a job and its items (all queued) in one transaction. */
    public void create(JobRecord job, List<String> datasetIds) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO job (id, document, doc_format, lang, owner, "
                    + "created_at, item_count) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, job.id());
                s.setString(2, job.document());
                s.setString(3, job.format());
                s.setString(4, job.lang());
                s.setString(5, job.owner());
                s.setObject(6, Jdbc.utc(job.createdAt()));
                s.setInt(7, job.itemCount());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO job_item (job_id, position, dataset_id, "
                    + "status, attempts) VALUES (?, ?, ?, 'queued', 0)")) {
                for (int i = 0; i < datasetIds.size(); i++) {
                    s.setString(1, job.id());
                    s.setInt(2, i + 1);
                    s.setString(3, datasetIds.get(i));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    public Optional<JobRecord> job(String id) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, document, doc_format, lang, owner, created_at, item_count FROM job WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new JobRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant(),
                            rs.getInt(7))) : Optional.empty();
                }
            }
        });
    }

    /** The items of a job in order, without their content. */
    public List<JobItemRecord> items(String jobId) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + ITEM_COLUMNS
                    + " FROM job_item WHERE job_id = ? ORDER BY position")) {
                s.setString(1, jobId);
                List<JobItemRecord> items = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        items.add(item(rs));
                    }
                }
                return items;
            }
        });
    }

    /**
     * Claims the oldest item that is queued, or running with a lease that ran out, for {@code worker}
     * until {@code leaseUntil}; counts the attempt. Empty when there is nothing to do.
     */
    public Optional<JobItemRecord> claim(String worker, Instant now, Instant leaseUntil) {
        return jdbc.query(c -> {
            // A few candidates, then a conditional update each: whoever updates the row owns the item.
            List<Object[]> candidates = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT i.job_id, i.position FROM job_item i"
                    + " JOIN job j ON j.id = i.job_id WHERE i.status = 'queued'"
                    + " OR (i.status = 'running' AND i.lease_until < ?) ORDER BY j.created_at, i.job_id, i.position"
                    + " LIMIT 8")) {
                s.setObject(1, Jdbc.utc(now));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(new Object[] {rs.getString(1), rs.getInt(2)});
                    }
                }
            }
            for (Object[] k : candidates) {
                try (PreparedStatement s = c.prepareStatement("UPDATE job_item SET status = 'running', claimed_by = ?,"
                        + " lease_until = ?, attempts = attempts + 1 WHERE job_id = ? AND position = ?"
                        + " AND (status = 'queued' OR (status = 'running' AND lease_until < ?))")) {
                    s.setString(1, worker);
                    s.setObject(2, Jdbc.utc(leaseUntil));
                    s.setString(3, (String) k[0]);
                    s.setInt(4, (Integer) k[1]);
                    s.setObject(5, Jdbc.utc(now));
                    if (s.executeUpdate() == 1) {
                        return item(c, (String) k[0], (Integer) k[1]);
                    }
                }
            }
            return Optional.<JobItemRecord>empty();
        });
    }

    /** Stores a finished item's document, if {@code worker} still holds it. */
    public boolean finish(String jobId, int position, String worker, Instant at, String fileName, String mediaType,
                          byte[] content, String sha256) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE job_item SET status = 'done', finished_at = ?,"
                    + " lease_until = NULL, error = NULL, file_name = ?, media_type = ?, content = ?, sha256 = ?"
                    + " WHERE job_id = ? AND position = ? AND claimed_by = ? AND status = 'running'")) {
                s.setObject(1, Jdbc.utc(at));
                s.setString(2, fileName);
                s.setString(3, mediaType);
                s.setBytes(4, content);
                s.setString(5, sha256);
                s.setString(6, jobId);
                s.setInt(7, position);
                s.setString(8, worker);
                return s.executeUpdate() == 1;
            }
        });
    }

    /**
     * Ends an attempt that failed: the item is queued again, or failed for good ({@code terminal}), with
     * the reason.
     */
    public boolean fail(String jobId, int position, String worker, Instant at, String error, boolean terminal) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE job_item SET status = ?, finished_at = ?,"
                    + " lease_until = NULL, error = ? WHERE job_id = ? AND position = ? AND claimed_by = ?"
                    + " AND status = 'running'")) {
                s.setString(1, terminal ? "failed" : "queued");
                s.setObject(2, terminal ? Jdbc.utc(at) : null);
                s.setString(3, error);
                s.setString(4, jobId);
                s.setInt(5, position);
                s.setString(6, worker);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Gives an item back without counting the attempt (the instance was too busy to start it). */
    public boolean release(String jobId, int position, String worker) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE job_item SET status = 'queued', lease_until = NULL,"
                    + " attempts = attempts - 1 WHERE job_id = ? AND position = ? AND claimed_by = ? AND status = 'running'")) {
                s.setString(1, jobId);
                s.setInt(2, position);
                s.setString(3, worker);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** The document of a finished item. */
    public Optional<byte[]> content(String jobId, int position) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT content FROM job_item WHERE job_id = ? AND position = ? AND status = 'done'")) {
                s.setString(1, jobId);
                s.setInt(2, position);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    private static Optional<JobItemRecord> item(Connection c, String jobId, int position) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ITEM_COLUMNS
                + " FROM job_item WHERE job_id = ? AND position = ?")) {
            s.setString(1, jobId);
            s.setInt(2, position);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(item(rs)) : Optional.empty();
            }
        }
    }

    private static JobItemRecord item(ResultSet rs) throws SQLException {
        return new JobItemRecord(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), Jdbc.instant(rs, 7), Jdbc.instant(rs, 8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12));
    }

}
