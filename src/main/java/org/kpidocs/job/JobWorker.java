package org.kpidocs.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kpidocs.dataset.DatasetNotFoundException;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.render.RenderRefusedException;
import org.kpidocs.render.DocumentTooLongException;
import org.kpidocs.render.UncoveredTextException;
import org.kpidocs.storage.JobItemRecord;
import org.kpidocs.storage.JobRecord;
import org.kpidocs.storage.JobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works on job items from the database, on every instance: claims one (with a lease), renders its
 * document, stores it, and claims the next. An instance that dies leaves its running items with a
 * lease that runs out, and another instance claims them again; an item that fails
 * {@code maxAttempts} times is failed for good with its reason.
 */
public final class JobWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);

    private final JobStore store;
    private final Map<String, DocumentMaker> makers;
    private final Clock clock;
    private final String name;
    private final Duration lease;
    private final int maxAttempts;
    private final Duration idle;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /**
     * @param name        this instance, recorded on the items it works on
     * @param lease       how long a claim holds before another instance may take the item over; longer
     *                    than a render may take
     * @param maxAttempts attempts before an item is failed for good
     * @param idle        pause when there is nothing to do
     */
    public JobWorker(JobStore store, Map<String, DocumentMaker> makers, Clock clock, String name, Duration lease,
                     int maxAttempts, Duration idle) {
        this.store = store;
        this.makers = Map.copyOf(makers);
        this.clock = clock;
        this.name = name;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.idle = idle;
    }

    /** Starts {@code count} threads claiming items. */
    public JobWorker start(int count) {
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(this::loop, "kpidocs-jobs-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    private void loop() {
        while (running) {
            boolean worked;
            try {
                worked = workOnOne();
            } catch (RuntimeException e) {
                // The database may be away for a moment; the items stay where they are.
                LOG.warn("Job worker {}: {}", name, e.toString());
                worked = false;
            }
            if (!worked) {
                pause(idle);
            }
        }
    }

    /** Claims and finishes one item; false when there was nothing to do or the renderer was busy. */
    boolean workOnOne() {
        Instant now = clock.instant();
        Optional<JobItemRecord> claimed = store.claim(name, now, now.plus(lease));
        if (claimed.isEmpty()) {
            return false;
        }
        JobItemRecord item = claimed.get();
        JobRecord job = store.job(item.jobId()).orElseThrow();
        DocumentMaker maker = makers.get(job.document() + "." + job.format());
        try {
            if (maker == null) {
                throw new IllegalStateException("this instance cannot render " + job.document() + "." + job.format());
            }
            DocumentLanguage language = DocumentLanguage.find(job.lang()).orElse(DocumentLanguage.EN);
            RenderedDocument doc = maker.make(item.datasetId(), language);
            store.finish(item.jobId(), item.position(), name, clock.instant(), doc.fileName(), doc.mediaType(),
                    doc.content(), doc.sha256());
            return true;
        } catch (RenderRefusedException e) {
            // Busy with requests: give the item back uncounted and let this or another instance retry.
            store.release(item.jobId(), item.position(), name);
            return false;
        } catch (DatasetNotFoundException e) {
            store.fail(item.jobId(), item.position(), name, clock.instant(), "the dataset no longer exists", true);
            return true;
        } catch (UncoveredTextException | DocumentTooLongException e) {
            // The dataset (its text, or its length against the page limit), not the service, is at fault:
            // every attempt would fail the same way.
            store.fail(item.jobId(), item.position(), name, clock.instant(), e.getMessage(), true);
            return true;
        } catch (RuntimeException e) {
            boolean terminal = item.attempts() >= maxAttempts;
            LOG.warn("Job {} item {} attempt {} failed{}", item.jobId(), item.position(), item.attempts(),
                    terminal ? " for good" : "", e);
            store.fail(item.jobId(), item.position(), name, clock.instant(),
                    "attempt " + item.attempts() + " failed: " + e.getClass().getSimpleName(), terminal);
            return true;
        }
    }

    private void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops claiming; the item in progress on each thread is finished first (up to the lease). */
    @Override
    public void close() {
        running = false;
        for (Thread t : threads) {
            try {
                t.join(lease.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
