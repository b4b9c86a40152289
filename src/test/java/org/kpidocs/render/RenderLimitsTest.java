package org.kpidocs.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The service's renderer stays within its limits: threads and queue, time, pages. */
class RenderLimitsTest {

    private static final FontSet FONTS = FontSet.load();
    private static final PdfMetadata META = new PdfMetadata("Limits", "kpidocs tests", "A test", "test", "en",
            Instant.parse("2025-11-01T00:00:00Z"), "limits", "test-document");

    private static String page(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "<head><title>Limits</title><style>body { font-family: 'Noto Sans'; }</style></head><body>"
                + body + "</body></html>";
    }

    /** A page whose figure holds its render thread until {@code release} opens. */
    private static String blockingPage() {
        return page("<object type=\"application/x-figure\" id=\"wait\" alt=\"waiting\" "
                + "style=\"width:10px;height:10px;display:block\"></object>");
    }

    private static Map<String, Figure> waitingFor(CountDownLatch started, CountDownLatch release) {
        return Map.of("wait", (g, area) -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Remembers what the renderer reports. */
    private static final class Seen implements RenderObserver {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void rendered(String kind, Duration time, int pages, int bytes) {
            events.add("rendered " + kind + " " + pages);
        }

        @Override
        public void refused(String kind, String reason) {
            events.add("refused " + kind + " " + reason);
        }
    }

    @Test
    void aRenderBeyondTheThreadsAndQueueIsRefusedAtOnceAsBusy() throws Exception {
        Seen seen = new Seen();
        PdfRenderer renderer = new PdfRenderer(FONTS, new RenderLimits(1, 0, Duration.ofSeconds(30), 100), seen);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(
                () -> renderer.render(blockingPage(), META, waitingFor(started, release), List.of()));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        assertThatThrownBy(() -> renderer.render(page("<p>second</p>"), META, Map.of(), List.of()))
                .isInstanceOfSatisfying(RenderRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RenderRefusedException.Reason.BUSY);
                    assertThat(e.retryAfterSeconds()).isPositive();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("refused without waiting").isLessThan(Duration.ofSeconds(5));
        assertThat(renderer.active()).isEqualTo(1);

        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).startsWith("%PDF".getBytes());
        assertThat(renderer.render(page("<p>third</p>"), META, Map.of(), List.of())).startsWith("%PDF".getBytes());
        assertThat(seen.events).containsExactly("refused test-document busy", "rendered test-document 1",
                "rendered test-document 1");
    }

    @Test
    void aQueuedRenderWaitsForAThreadInsteadOfBeingRefused() throws Exception {
        PdfRenderer renderer = new PdfRenderer(FONTS, new RenderLimits(1, 1, Duration.ofSeconds(30), 100),
                RenderObserver.NONE);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(
                () -> renderer.render(blockingPage(), META, waitingFor(started, release), List.of()));
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<byte[]> second = CompletableFuture.supplyAsync(
                () -> renderer.render(page("<p>second</p>"), META, Map.of(), List.of()));
        while (renderer.queued() == 0) {
            Thread.sleep(10);
        }

        release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).startsWith("%PDF".getBytes());
        assertThat(second.get(30, TimeUnit.SECONDS)).startsWith("%PDF".getBytes());
    }

    @Test
    void aRenderOverItsTimeLimitIsAbandonedAndTheCallerToldToRetry() throws Exception {
        Seen seen = new Seen();
        PdfRenderer renderer = new PdfRenderer(FONTS, new RenderLimits(1, 1, Duration.ofMillis(300), 100), seen);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            assertThatThrownBy(() -> renderer.render(blockingPage(), META, waitingFor(started, release), List.of()))
                    .isInstanceOfSatisfying(RenderRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(RenderRefusedException.Reason.TIMED_OUT));
            assertThat(seen.events).containsExactly("refused test-document timed-out");
        } finally {
            release.countDown();
        }
        assertThat(renderer.shutdown(Duration.ofSeconds(30))).as("the abandoned render ends").isTrue();
    }

    @Test
    void aDocumentOverThePageLimitIsRefusedBeforeItIsPainted() {
        Seen seen = new Seen();
        PdfRenderer renderer = new PdfRenderer(FONTS, new RenderLimits(2, 2, Duration.ofSeconds(30), 2), seen);
        String threePages = page("<p>one</p><p style=\"page-break-before: always\">two</p>"
                + "<p style=\"page-break-before: always\">three</p>");

        assertThatThrownBy(() -> renderer.render(threePages, META, Map.of(), List.of()))
                .isInstanceOfSatisfying(DocumentTooLongException.class, e -> {
                    assertThat(e.pages()).isEqualTo(3);
                    assertThat(e.maxPages()).isEqualTo(2);
                });
        assertThat(seen.events).containsExactly("refused test-document too-long");
        assertThat(renderer.render(page("<p>one</p><p style=\"page-break-before: always\">two</p>"), META, Map.of(),
                List.of())).startsWith("%PDF".getBytes());
    }
}
