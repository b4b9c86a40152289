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

/** {@link CertificateStore} over portable SQL that runs on H2 and PostgreSQL alike. */
final class JdbcCertificateStore implements CertificateStore {

    /** SQLSTATE of a unique-constraint violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "number, issue_year, sequence_number, dataset_id, dataset_version, "
            + "dataset_sha256, city_name, country, reporting_year, issued_at, printed, %s, pdf_sha256, signer_sha256, "
            + "development_key, status, status_changed_at, revocation_reason, superseded_by";
    private static final String SELECT = "SELECT " + String.format(COLUMNS, "pdf") + " FROM certificate ";

    private final Jdbc jdbc;

    JdbcCertificateStore(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource, "Certificate");
    }

    @Override
    public int nextSequence(int year) {
        for (int attempt = 0; ; attempt++) {
            try {
                return jdbc.inTransaction(c -> {
                    try (PreparedStatement s = c.prepareStatement(
                            "UPDATE certificate_counter SET last_sequence = last_sequence + 1 WHERE issue_year = ?")) {
                        s.setInt(1, year);
                        if (s.executeUpdate() == 0) {
                            try (PreparedStatement i = c.prepareStatement(
                                    "INSERT INTO certificate_counter (issue_year, last_sequence) VALUES (?, 1)")) {
                                i.setInt(1, year);
                                i.executeUpdate();
                                return 1;
                            }
                        }
                    }
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT last_sequence FROM certificate_counter WHERE issue_year = ?")) {
                        s.setInt(1, year);
                        try (ResultSet rs = s.executeQuery()) {
                            rs.next();
                            return rs.getInt(1);
                        }
                    }
                });
            } catch (StorageException e) {
                // Two first issuances of a year raced to create its counter: the loser updates it instead.
                if (attempt > 2 || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    @Override
    public boolean issue(CertificateRecord r) {
        try {
            return jdbc.inTransaction(c -> {
                List<String> earlier = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT number FROM certificate "
                        + "WHERE dataset_id = ? AND status = 'valid' AND dataset_version < ? ORDER BY issued_at, number")) {
                    s.setString(1, r.datasetId());
                    s.setInt(2, r.datasetVersion());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            earlier.add(rs.getString(1));
                        }
                    }
                }
                insert(c, r);
                event(c, r.number(), "issued", r.issuedAt(), r.datasetId() + " version " + r.datasetVersion());
                for (String old : earlier) {
                    try (PreparedStatement s = c.prepareStatement("UPDATE certificate SET status = 'superseded', "
                            + "status_changed_at = ?, superseded_by = ? WHERE number = ? AND status = 'valid'")) {
                        s.setObject(1, Jdbc.utc(r.issuedAt()));
                        s.setString(2, r.number());
                        s.setString(3, old);
                        s.executeUpdate();
                    }
                    event(c, old, "superseded", r.issuedAt(), r.number());
                }
                return true;
            });
        } catch (StorageException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static void insert(Connection c, CertificateRecord r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO certificate (" + String.format(COLUMNS, "pdf")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, r.number());
            s.setInt(2, r.issueYear());
            s.setInt(3, r.sequence());
            s.setString(4, r.datasetId());
            s.setInt(5, r.datasetVersion());
            s.setString(6, r.datasetSha256());
            s.setString(7, r.city());
            s.setString(8, r.country());
            s.setInt(9, r.reportingYear());
            s.setObject(10, Jdbc.utc(r.issuedAt()));
            s.setString(11, r.printedJson());
            s.setBytes(12, r.pdf());
            s.setString(13, r.pdfSha256());
            s.setString(14, r.signerSha256());
            s.setBoolean(15, r.developmentKey());
            s.setString(16, r.status());
            s.setObject(17, r.statusChangedAt() == null ? null : Jdbc.utc(r.statusChangedAt()));
            s.setString(18, r.revocationReason());
            s.setString(19, r.supersededBy());
            s.executeUpdate();
        }
    }

    private static void event(Connection c, String number, String event, Instant at, String detail) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO certificate_event (number, event, occurred_at, detail) VALUES (?, ?, ?, ?)")) {
            s.setString(1, number);
            s.setString(2, event);
            s.setObject(3, Jdbc.utc(at));
            s.setString(4, detail);
            s.executeUpdate();
        }
    }

    @Override
    public Optional<CertificateRecord> find(String number) {
        return one("WHERE number = ?", number, null);
    }

    @Override
    public Optional<CertificateRecord> forDatasetVersion(String datasetId, int datasetVersion) {
        return one("WHERE dataset_id = ? AND dataset_version = ?", datasetId, datasetVersion);
    }

    @Override
    public Optional<CertificateRecord> byPdfSha256(String sha256) {
        return one("WHERE pdf_sha256 = ? ORDER BY issued_at", sha256, null);
    }

    private Optional<CertificateRecord> one(String where, String key, Integer version) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(SELECT + where)) {
                s.setString(1, key);
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
    public List<String> supersededBy(String number) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT number FROM certificate WHERE superseded_by = ? ORDER BY issued_at, number")) {
                s.setString(1, number);
                List<String> numbers = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        numbers.add(rs.getString(1));
                    }
                }
                return numbers;
            }
        });
    }

    @Override
    public List<CertificateRecord> list(int limit, int offset) {
        String sql = "SELECT " + String.format(COLUMNS, "NULL AS pdf")
                + " FROM certificate ORDER BY issued_at DESC, number DESC LIMIT ? OFFSET ?";
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setInt(1, limit);
                s.setInt(2, offset);
                List<CertificateRecord> rows = new ArrayList<>();
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
    public int count() {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM certificate");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Override
    public boolean revoke(String number, String reason, Instant at) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE certificate SET status = 'revoked', "
                    + "status_changed_at = ?, revocation_reason = ? WHERE number = ? AND status <> 'revoked'")) {
                s.setObject(1, Jdbc.utc(at));
                s.setString(2, reason);
                s.setString(3, number);
                if (s.executeUpdate() != 1) {
                    return false;
                }
            }
            event(c, number, "revoked", at, reason);
            return true;
        });
    }

    @Override
    public List<CertificateEvent> events(String number) {
        return jdbc.query(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT number, event, occurred_at, detail "
                    + "FROM certificate_event WHERE number = ? ORDER BY id")) {
                s.setString(1, number);
                List<CertificateEvent> events = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        events.add(new CertificateEvent(rs.getString(1), rs.getString(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)));
                    }
                }
                return events;
            }
        });
    }

    private static CertificateRecord record(ResultSet rs) throws SQLException {
        OffsetDateTime changed = rs.getObject(17, OffsetDateTime.class);
        return new CertificateRecord(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11), rs.getBytes(12), rs.getString(13),
                rs.getString(14), rs.getBoolean(15), rs.getString(16), changed == null ? null : changed.toInstant(),
                rs.getString(18), rs.getString(19));
    }

    private static boolean isUniqueViolation(StorageException e) {
        return e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState());
    }

}
