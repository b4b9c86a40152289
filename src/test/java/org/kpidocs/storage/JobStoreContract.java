package org.kpidocs.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the job store must do on every database, including under instances racing for items. */
abstract class JobStoreContract {

    /** A job store over an empty, migrated database of the engine under test. */
    abstract JobStore store();

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static String job(JobStore store, int items, Instant created) {
        String id = UUID.randomUUID().toString();
        List<String> datasets = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            datasets.add(UUID.randomUUID().toString());
        }
        store.create(new JobRecord(id, "verification-report", "pdf", "en", "owner1", created, items), datasets);
        return id;
    }

    @Test
    void claimsItemsInOrderAndStoresTheDocumentOfAFinishedOne() {
        JobStore store = store();
        String first = job(store, 2, T0);
        String later = job(store, 1, T0.plusSeconds(1));

        JobItemRecord a = store.claim("A", T0, T0.plusSeconds(60)).orElseThrow();
        JobItemRecord b = store.claim("A", T0, T0.plusSeconds(60)).orElseThrow();
        JobItemRecord c = store.claim("A", T0, T0.plusSeconds(60)).orElseThrow();

        assertThat(List.of(a.jobId() + a.position(), b.jobId() + b.position(), c.jobId() + c.position()))
                .containsExactly(first + 1, first + 2, later + 1);
        assertThat(a.status()).isEqualTo("running");
        assertThat(a.attempts()).isEqualTo(1);
        assertThat(store.claim("A", T0, T0.plusSeconds(60))).isEmpty();
        byte[] pdf = "%PDF-1.7 Ålesund".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(store.finish(first, 1, "B", T0, "x.pdf", "application/pdf", pdf, "ab")).as("not B's item").isFalse();
        assertThat(store.finish(first, 1, "A", T0.plusSeconds(2), "x.pdf", "application/pdf", pdf, "ab")).isTrue();
        assertThat(store.content(first, 1)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
        assertThat(store.content(first, 2)).isEmpty();
        assertThat(store.items(first).get(0)).satisfies(i -> {
            assertThat(i.status()).isEqualTo("done");
            assertThat(i.claimedBy()).isEqualTo("A");
            assertThat(i.finishedAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(i.fileName()).isEqualTo("x.pdf");
        });
    }

    @Test
    void anItemWhoseInstanceDiedIsClaimedAgainOnceItsLeaseRunsOut() {
        JobStore store = store();
        String id = job(store, 1, T0);
        store.claim("dead", T0, T0.plusSeconds(30)).orElseThrow();

        Optional<JobItemRecord> tooEarly = store.claim("alive", T0.plusSeconds(29), T0.plusSeconds(89));
        Optional<JobItemRecord> after = store.claim("alive", T0.plusSeconds(31), T0.plusSeconds(91));

        assertThat(tooEarly).isEmpty();
        assertThat(after).hasValueSatisfying(i -> {
            assertThat(i.claimedBy()).isEqualTo("alive");
            assertThat(i.attempts()).isEqualTo(2);
        });
        assertThat(store.finish(id, 1, "dead", T0.plusSeconds(40), "x", "y", new byte[1], "z"))
                .as("the dead instance's late result is refused").isFalse();
    }

    @Test
    void aFailedAttemptIsQueuedAgainOrFailedForGoodAndAReleaseIsNotCounted() {
        JobStore store = store();
        String id = job(store, 1, T0);
        store.claim("A", T0, T0.plusSeconds(30)).orElseThrow();
        assertThat(store.release(id, 1, "A")).isTrue();
        assertThat(store.items(id).get(0).attempts()).isZero();
        store.claim("A", T0, T0.plusSeconds(30)).orElseThrow();
        assertThat(store.fail(id, 1, "A", T0, "attempt 1 failed", false)).isTrue();
        assertThat(store.items(id).get(0).status()).isEqualTo("queued");
        store.claim("A", T0, T0.plusSeconds(30)).orElseThrow();
        assertThat(store.fail(id, 1, "A", T0, "attempt 2 failed", true)).isTrue();
        assertThat(store.items(id).get(0)).satisfies(i -> {
            assertThat(i.status()).isEqualTo("failed");
            assertThat(i.error()).isEqualTo("attempt 2 failed");
        });
        assertThat(store.claim("A", T0, T0.plusSeconds(30))).isEmpty();
    }

    @Test
    void instancesRacingForItemsNeverGetTheSameOne() throws Exception {
        JobStore store = store();
        job(store, 40, T0);
        Set<String> claimed = Collections.synchronizedSet(new HashSet<>());
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        for (int w = 0; w < 4; w++) {
            String worker = "W" + w;
            pool.submit(() -> {
                go.await();
                for (Optional<JobItemRecord> i; (i = store.claim(worker, T0, T0.plusSeconds(60))).isPresent(); ) {
                    if (!claimed.add(i.get().jobId() + "/" + i.get().position())) {
                        duplicates.add(i.get().position() + " by " + worker);
                    }
                }
                return null;
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(duplicates).isEmpty();
        assertThat(claimed).hasSize(40);
    }
}
