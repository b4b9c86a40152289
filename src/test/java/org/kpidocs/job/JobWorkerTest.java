package org.kpidocs.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kpidocs.render.FontSet;
import org.kpidocs.render.PdfMetadata;
import org.kpidocs.render.PdfRenderer;
import org.kpidocs.render.RenderLimits;
import org.kpidocs.render.RenderObserver;
import org.kpidocs.storage.Database;
import org.kpidocs.storage.JobItemRecord;
import org.kpidocs.storage.JobRecord;
import org.kpidocs.storage.JobStore;

/** How the worker ends an item whose document cannot be made: at once when retrying cannot help. */
class JobWorkerTest {

    private final Database database = Database.open("jdbc:h2:mem:worker-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "", "", 4);
    private final JobStore store = database.jobs();

    @AfterEach
    void close() {
        database.close();
    }

    private String job() {
        String id = UUID.randomUUID().toString();
        store.create(new JobRecord(id, "verification-report", "pdf", "en", "owner", Instant.now(), 1),
                List.of(UUID.randomUUID().toString()));
        return id;
    }

    private JobItemRecord workUntilEnded(String jobId, DocumentMaker maker) {
        JobWorker worker = new JobWorker(store, Map.of("verification-report.pdf", maker), Clock.systemUTC(), "w",
                Duration.ofSeconds(60), 3, Duration.ofMillis(1));
        for (int i = 0; i < 5 && worker.workOnOne(); i++) {
            // each call works on one item attempt
        }
        return store.items(jobId).get(0);
    }

    @Test
    void aDocumentOverThePageLimitFailsForGoodOnItsFirstAttempt() {
        PdfRenderer twoPagesAllowedOne = new PdfRenderer(FontSet.load(),
                new RenderLimits(1, 1, Duration.ofSeconds(60), 1), RenderObserver.NONE);
        AtomicInteger attempts = new AtomicInteger();
        String id = job();
        JobItemRecord item = workUntilEnded(id, (dataset, language) -> {
            attempts.incrementAndGet();
            twoPagesAllowedOne.render("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
                    + " lang=\"en\"><head><title>Long</title><style>body { font-family: 'Noto Sans'; }</style></head><body>"
                    + "<p>one</p><p style=\"page-break-before: always\">two</p></body></html>",
                    new PdfMetadata("Long", "tests", "two pages", "test", "en", Instant.EPOCH, "long", "test"),
                    Map.of(), List.of());
            throw new AssertionError("the page limit was not applied");
        });
        assertThat(item.status()).isEqualTo("failed");
        assertThat(attempts.get()).as("not retried: the document, not the service, is at fault").isEqualTo(1);
        assertThat(item.error()).contains("2 pages", "limit is 1");
    }

    @Test
    void anUnexpectedFailureIsRetriedUpToTheAttemptLimit() {
        AtomicInteger attempts = new AtomicInteger();
        String id = job();
        JobItemRecord item = workUntilEnded(id, (dataset, language) -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("disk full");
        });
        assertThat(item.status()).isEqualTo("failed");
        assertThat(attempts.get()).isEqualTo(3);
    }
}
