package org.kpidocs.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every database behind {@link DatasetStore} must do; run against H2 and PostgreSQL by the
 * subclasses, so that the portable migrations and SQL are proven on both.
 */
abstract class DatasetStoreContract {

    /** A store over an empty, migrated database of the engine under test. */
    abstract DatasetStore store();

    private static final Instant T0 = Instant.parse("2025-11-03T09:15:30.123Z");

    private static DatasetRecord record(String id, int version, String city, Instant created, Instant updated) {
        String json = "{\"city\":{\"name\":\"" + city + "\"},\"v\":" + version + ",\"text\":\"Ålesund – 北京 – مدينة\"}";
        return new DatasetRecord(id, version, city, "Norway", 2025, json, "a".repeat(63) + version, "[]", created,
                updated);
    }

    @Test
    void returnsWhatWasStoredExactly() {
        DatasetStore store = store();
        String id = UUID.randomUUID().toString();
        DatasetRecord r = record(id, 1, "Ålesund", T0, T0);
        store.create(r);
        assertThat(store.latest(id)).contains(r);
        assertThat(store.version(id, 1)).contains(r);
    }

    @Test
    void keepsEveryVersionAndAnswersTheLatest() {
        DatasetStore store = store();
        String id = UUID.randomUUID().toString();
        store.create(record(id, 1, "Asker", T0, T0));
        DatasetRecord second = record(id, 2, "Asker kommune", T0, T0.plusSeconds(60));
        assertThat(store.addVersion(second)).isTrue();
        assertThat(store.latest(id)).contains(second);
        assertThat(store.version(id, 1)).map(DatasetRecord::city).contains("Asker");
        assertThat(store.list(10, 0)).extracting(DatasetRecord::city).contains("Asker kommune");
    }

    @Test
    void refusesAVersionThatIsNotTheNextOne() {
        DatasetStore store = store();
        String id = UUID.randomUUID().toString();
        store.create(record(id, 1, "Rana", T0, T0));
        assertThat(store.addVersion(record(id, 3, "Rana", T0, T0))).isFalse();
        assertThat(store.addVersion(record(UUID.randomUUID().toString(), 2, "Nowhere", T0, T0))).isFalse();
        assertThat(store.latest(id)).map(DatasetRecord::version).contains(1);
        assertThat(store.version(id, 3)).isEmpty();
    }

    @Test
    void listsNewestFirstWithPaging() {
        DatasetStore store = store();
        int before = store.count();
        for (int i = 0; i < 3; i++) {
            store.create(record(UUID.randomUUID().toString(), 1, "City " + i, T0.plusSeconds(3600L * (i + 1)),
                    T0.plusSeconds(3600L * (i + 1))));
        }
        assertThat(store.count()).isEqualTo(before + 3);
        List<DatasetRecord> page = store.list(2, 0);
        assertThat(page).extracting(DatasetRecord::city).containsExactly("City 2", "City 1");
        assertThat(store.list(2, 2).get(0).city()).isEqualTo("City 0");
    }

    @Test
    void remembersWhoSubmittedADatasetAcrossVersionsAndListsByOwnerOrCity() {
        DatasetStore store = store();
        String owner = "own" + UUID.randomUUID().toString().substring(0, 5);
        String id = UUID.randomUUID().toString();
        DatasetRecord first = record(id, 1, "Tromsø", T0, T0);
        store.create(new DatasetRecord(first.id(), 1, first.city(), first.country(), 2025, first.json(), first.sha256(),
                first.warningsJson(), T0, T0, owner));
        DatasetRecord second = record(id, 2, "Tromsø", T0, T0.plusSeconds(5));
        assertThat(store.addVersion(second)).isTrue();
        store.create(record(UUID.randomUUID().toString(), 1, "Bodø", T0, T0));

        assertThat(store.latest(id)).map(DatasetRecord::owner).contains(owner);
        assertThat(store.list(10, 0, new DatasetStore.Scope(owner, null))).extracting(DatasetRecord::id).containsExactly(id);
        assertThat(store.count(new DatasetStore.Scope(owner, null))).isEqualTo(1);
        assertThat(store.list(100, 0, new DatasetStore.Scope(null, "TROMSØ"))).extracting(DatasetRecord::id).contains(id)
                .allSatisfy(i -> assertThat(store.latest(i).orElseThrow().city()).isEqualToIgnoringCase("Tromsø"));
        assertThat(store.count(new DatasetStore.Scope("nobody", null))).isZero();
    }

    @Test
    void answersEmptyForUnknownIds() {
        assertThat(store().latest(UUID.randomUUID().toString())).isEmpty();
    }
}
