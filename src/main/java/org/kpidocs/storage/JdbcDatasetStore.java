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

/** {@link DatasetStore} over portable SQL that runs on H2 and PostgreSQL alike. */
final class JdbcDatasetStore implements DatasetStore {

    private static final String SELECT = "SELECT d.id, v.version, v.city_name, v.country, v.reporting_year, "
            + "%s, v.body_sha256, %s, d.created_at, v.created_at AS updated_at, d.owner "
            + "FROM dataset d JOIN dataset_version v ON v.dataset_id = d.id ";

    private final Jdbc jdbc;

    JdbcDatasetStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, "Dataset");
    }

    @Override
    public void create(DatasetRecord r) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO dataset (id, current_version, created_at, owner) VALUES (?, ?, ?, ?)")) {
                s.setString(1, r.id());
                s.setInt(2, r.version());
                s.setObject(3, Jdbc.utc(r.createdAt()));
                s.setString(4, r.owner());
                s.executeUpdate();
            }
            insertVersion(c, r);
            return true;
        });
    }

    @Override
    public boolean addVersion(DatasetRecord r) {
        return jdbc.inTransaction(c -> {
            // The conditional update is the optimistic lock: only the writer that saw version n-1 wins.
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE dataset SET current_version = ? WHERE id = ? AND current_version = ?")) {
                s.setInt(1, r.version());
                s.setString(2, r.id());
                s.setInt(3, r.version() - 1);
                if (s.executeUpdate() != 1) {
                    c.rollback();
                    return false;
                }
            }
            insertVersion(c, r);
            return true;
        });
    }

    private static void insertVersion(Connection c, DatasetRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO dataset_version (dataset_id, version, city_name, "
                + "country, reporting_year, body, body_sha256, warnings, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.id());
            s.setInt(2, r.version());
            s.setString(3, r.city());
            s.setString(4, r.country());
            s.setInt(5, r.reportingYear());
            s.setString(6, r.json());
            s.setString(7, r.sha256());
            s.setString(8, r.warningsJson());
            s.setObject(9, Jdbc.utc(r.updatedAt()));
            s.executeUpdate();
        }
    }

    @Override
    public Optional<DatasetRecord> latest(String id) {
        return one(String.format(SELECT, "v.body", "v.warnings") + "WHERE d.id = ? AND v.version = d.current_version",
                id, null);
    }

    @Override
    public Optional<DatasetRecord> version(String id, int version) {
        return one(String.format(SELECT, "v.body", "v.warnings") + "WHERE d.id = ? AND v.version = ?", id, version);
    }

    private Optional<DatasetRecord> one(String sql, String id, Integer version) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, id);
                if (version != null) {
                    s.setInt(2, version);
                }
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(record(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<DatasetRecord> list(int limit, int offset, Scope scope) {
        String sql = String.format(SELECT, "''", "''") + "WHERE v.version = d.current_version" + where(scope)
                + " ORDER BY d.created_at DESC, d.id LIMIT ? OFFSET ?";
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int i = bind(s, scope);
                s.setInt(i++, limit);
                s.setInt(i, offset);
                List<DatasetRecord> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(record(rs));
                    }
                }
                return rows;
            }
        });
    }

    @Override
    public int count(Scope scope) {
        String sql = "SELECT COUNT(*) FROM dataset d JOIN dataset_version v ON v.dataset_id = d.id"
                + " WHERE v.version = d.current_version" + where(scope);
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, scope);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private static String where(Scope scope) {
        return (scope.owner() == null ? "" : " AND d.owner = ?")
                + (scope.city() == null ? "" : " AND LOWER(v.city_name) = LOWER(?)");
    }

    /** Binds the scope's parameters from index 1; returns the next free index. */
    private static int bind(PreparedStatement s, Scope scope) throws SQLException {
        int i = 1;
        if (scope.owner() != null) {
            s.setString(i++, scope.owner());
        }
        if (scope.city() != null) {
            s.setString(i++, scope.city());
        }
        return i;
    }

    private static DatasetRecord record(ResultSet rs) throws SQLException {
        return new DatasetRecord(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getObject(10, OffsetDateTime.class).toInstant(),
                rs.getString(11));
    }

}
