package org.kpidocs.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link CertificateStore} must do; run against H2 and PostgreSQL by the
 * subclasses, so that the V2 migration and the SQL are proven on both.
 */
abstract class CertificateStoreContract {

    /** A migrated, empty database of the engine under test. */
    abstract Database database();

    private static final Instant T0 = Instant.parse("2026-01-15T10:00:00.123Z");

    /** A stored dataset with {@code versions} versions, as certificates need one. */
    private static String dataset(Database db, int versions) {
        String id = UUID.randomUUID().toString();
        DatasetStore datasets = db.datasets();
        for (int v = 1; v <= versions; v++) {
            DatasetRecord r = new DatasetRecord(id, v, "Ålesund", "Norway", 2025, "{}", "a".repeat(64), "[]", T0, T0);
            if (v == 1) {
                datasets.create(r);
            } else {
                datasets.addVersion(r);
            }
        }
        return id;
    }

    private static CertificateRecord certificate(String number, int sequence, String datasetId, int version,
                                                 Instant issued) {
        byte[] pdf = ("%PDF-1.7 certificate " + number + " – Ålesund").getBytes(StandardCharsets.UTF_8);
        return new CertificateRecord(number, 2026, sequence, datasetId, version, "b".repeat(64), "Ålesund", "Norway",
                2025, issued, "{\"city\":\"Ålesund\"}", pdf, org.kpidocs.common.Sha256.hex(pdf), "c".repeat(64),
                true, "valid", null, null, null);
    }

    @Test
    void returnsWhatWasIssuedExactlyWithItsPdf() {
        Database db = database();
        CertificateStore store = db.certificates();
        String id = dataset(db, 1);
        CertificateRecord r = certificate("U4SSC-2026-000001-A", 1, id, 1, T0);
        assertThat(store.issue(r)).isTrue();
        CertificateRecord back = store.find(r.number()).orElseThrow();
        assertThat(back.pdf()).isEqualTo(r.pdf());
        assertThat(back.withoutPdf()).isEqualTo(r.withoutPdf());
        assertThat(store.forDatasetVersion(id, 1)).map(CertificateRecord::number).contains(r.number());
        assertThat(store.byPdfSha256(r.pdfSha256())).map(CertificateRecord::number).contains(r.number());
        assertThat(store.events(r.number())).extracting(CertificateEvent::event).containsExactly("issued");
    }

    @Test
    void handsOutIncreasingSequencesPerYear() {
        CertificateStore store = database().certificates();
        assertThat(List.of(store.nextSequence(2026), store.nextSequence(2026), store.nextSequence(2027),
                store.nextSequence(2026))).containsExactly(1, 2, 1, 3);
    }

    @Test
    void refusesASecondCertificateForTheSameDatasetVersion() {
        Database db = database();
        CertificateStore store = db.certificates();
        String id = dataset(db, 1);
        assertThat(store.issue(certificate("U4SSC-2026-000001-A", 1, id, 1, T0))).isTrue();
        assertThat(store.issue(certificate("U4SSC-2026-000002-B", 2, id, 1, T0))).isFalse();
        assertThat(store.find("U4SSC-2026-000002-B")).isEmpty();
        assertThat(store.events("U4SSC-2026-000002-B")).isEmpty();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void supersedesTheEarlierCertificateOfAChangedDatasetAndRecordsIt() {
        Database db = database();
        CertificateStore store = db.certificates();
        String id = dataset(db, 2);
        store.issue(certificate("U4SSC-2026-000001-A", 1, id, 1, T0));
        Instant later = T0.plusSeconds(3600);
        store.issue(certificate("U4SSC-2026-000002-B", 2, id, 2, later));
        CertificateRecord old = store.find("U4SSC-2026-000001-A").orElseThrow();
        assertThat(old.status()).isEqualTo("superseded");
        assertThat(old.supersededBy()).isEqualTo("U4SSC-2026-000002-B");
        assertThat(old.statusChangedAt()).isEqualTo(later);
        assertThat(store.find("U4SSC-2026-000002-B").orElseThrow().status()).isEqualTo("valid");
        assertThat(store.supersededBy("U4SSC-2026-000002-B")).containsExactly("U4SSC-2026-000001-A");
        assertThat(store.events("U4SSC-2026-000001-A")).extracting(CertificateEvent::event, CertificateEvent::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("issued", id + " version 1"),
                        org.assertj.core.groups.Tuple.tuple("superseded", "U4SSC-2026-000002-B"));
    }

    @Test
    void revokesOnceAndKeepsTheFirstReason() {
        Database db = database();
        CertificateStore store = db.certificates();
        String id = dataset(db, 1);
        store.issue(certificate("U4SSC-2026-000001-A", 1, id, 1, T0));
        Instant at = T0.plusSeconds(60);
        assertThat(store.revoke("U4SSC-2026-000001-A", "Data misreported – «Ålesund»", at)).isTrue();
        assertThat(store.revoke("U4SSC-2026-000001-A", "again", at.plusSeconds(1))).isFalse();
        assertThat(store.revoke("U4SSC-2026-999999-Z", "unknown", at)).isFalse();
        CertificateRecord r = store.find("U4SSC-2026-000001-A").orElseThrow();
        assertThat(r.status()).isEqualTo("revoked");
        assertThat(r.revocationReason()).isEqualTo("Data misreported – «Ålesund»");
        assertThat(r.statusChangedAt()).isEqualTo(at);
        assertThat(store.events("U4SSC-2026-000001-A")).extracting(CertificateEvent::event)
                .containsExactly("issued", "revoked");
    }

    @Test
    void listsNewestFirstWithPagingAndWithoutPdfs() {
        Database db = database();
        CertificateStore store = db.certificates();
        for (int i = 1; i <= 3; i++) {
            store.issue(certificate("U4SSC-2026-00000" + i + "-A", i, dataset(db, 1), 1, T0.plusSeconds(i)));
        }
        assertThat(store.count()).isEqualTo(3);
        assertThat(store.list(2, 0)).extracting(CertificateRecord::number)
                .containsExactly("U4SSC-2026-000003-A", "U4SSC-2026-000002-A");
        assertThat(store.list(2, 2)).extracting(CertificateRecord::number).containsExactly("U4SSC-2026-000001-A");
        assertThat(store.list(10, 0)).allSatisfy(r -> assertThat(r.pdf()).isNull());
    }

    @Test
    void answersEmptyForUnknownNumbersAndHashes() {
        CertificateStore store = database().certificates();
        assertThat(store.find("U4SSC-2026-000001-A")).isEmpty();
        assertThat(store.byPdfSha256("d".repeat(64))).isEmpty();
        assertThat(store.forDatasetVersion(UUID.randomUUID().toString(), 1)).isEmpty();
    }
}
