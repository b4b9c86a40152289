package org.kpidocs.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** API keys in the database: created, looked up by id, listed, revoked; never deleted. */
public final class ApiKeyStore {

    private static final String COLUMNS = "id, secret_sha256, role, city, label, created_at, revoked_at";

    private final Jdbc jdbc;

    ApiKeyStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, "API key");
    }

    public void create(ApiKeyRecord r) {
        jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_key (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, r.id());
                s.setString(2, r.secretSha256());
                s.setString(3, r.role());
                s.setString(4, r.city());
                s.setString(5, r.label());
                s.setObject(6, r.createdAt().atOffset(ZoneOffset.UTC));
                s.setObject(7, r.revokedAt() == null ? null : r.revokedAt().atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            }
            return null;
        });
    }

    public Optional<ApiKeyRecord> find(String id) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM api_key WHERE id = ?")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(record(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every key, oldest first. */
    public List<ApiKeyRecord> list() {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM api_key ORDER BY created_at, id");
                 ResultSet rs = s.executeQuery()) {
                List<ApiKeyRecord> keys = new ArrayList<>();
                while (rs.next()) {
                    keys.add(record(rs));
                }
                return keys;
            }
        });
    }

    /** Marks a key revoked; false when there is no such key or it was revoked already. */
    public boolean revoke(String id, Instant at) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
                s.setObject(1, at.atOffset(ZoneOffset.UTC));
                s.setString(2, id);
                return s.executeUpdate() == 1;
            }
        });
    }

    /** Whether any key that works has the role. */
    public boolean anyActive(String role) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM api_key WHERE role = ? AND revoked_at IS NULL")) {
                s.setString(1, role);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            }
        });
    }

    private static ApiKeyRecord record(ResultSet rs) throws SQLException {
        OffsetDateTime revoked = rs.getObject(7, OffsetDateTime.class);
        return new ApiKeyRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), revoked == null ? null : revoked.toInstant());
    }

}
