package org.kpidocs.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The audit log in the database: appended to, listed newest first; nothing updates or deletes it. */
public final class AuditStore {

    private final Jdbc jdbc;

    AuditStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, "Audit");
    }

    public void append(AuditRecord r) {
        jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, subject,"
                    + " outcome, request_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setObject(1, Jdbc.utc(r.occurredAt()));
                s.setString(2, r.actor());
                s.setString(3, cut(r.action(), 200));
                s.setString(4, cut(r.subject(), 500));
                s.setInt(5, r.outcome());
                s.setString(6, r.requestId());
                s.setString(7, r.detail());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Entries, newest first. */
    public List<AuditRecord> list(int limit, int offset) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, occurred_at, actor, action, subject, outcome,"
                    + " request_id, detail FROM audit_event ORDER BY id DESC LIMIT ? OFFSET ?")) {
                s.setInt(1, limit);
                s.setInt(2, offset);
                List<AuditRecord> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new AuditRecord(rs.getLong(1), Jdbc.instant(rs, 2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)));
                    }
                }
                return rows;
            }
        });
    }

    public int count() {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM audit_event");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
