package org.kpidocs.render;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded place where PDF renders run: {@link RenderLimits#threads()} at once, at most
 * {@link RenderLimits#queue()} waiting, refused at once beyond that. A caller waits at most the time
 * limit; a render that overruns it keeps its thread until it ends (layout cannot be interrupted) but
 * its result is dropped, so the number of renders in progress never exceeds the pool's size.
 */
final class RenderPool {

    private final RenderLimits limits;
    private final ThreadPoolExecutor executor;
    private final Semaphore admitted;
    /** Smoothed duration of recent renders, for Retry-After. */
    private final AtomicLong averageMillis = new AtomicLong(1000);

    RenderPool(RenderLimits limits) {
        this.limits = limits;
        // The permits bound running plus waiting renders exactly; the executor's own queue is only where
        // admitted renders wait, so admission never races with a worker going back to the queue.
        this.admitted = new Semaphore(limits.threads() + limits.queue());
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(limits.threads(), limits.threads(), 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "kpidocs-render-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs one render within the limits. */
    <T> T run(Callable<T> work) {
        if (!admitted.tryAcquire()) {
            throw new RenderRefusedException(RenderRefusedException.Reason.BUSY, retryAfterSeconds());
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
                long start = System.nanoTime();
                try {
                    return work.call();
                } finally {
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    averageMillis.updateAndGet(a -> (a * 3 + ms) / 4);
                    admitted.release();
                }
            });
        } catch (RejectedExecutionException e) {
            admitted.release();
            throw new RenderRefusedException(RenderRefusedException.Reason.BUSY, retryAfterSeconds());
        }
        try {
            return future.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new RenderRefusedException(RenderRefusedException.Reason.TIMED_OUT, retryAfterSeconds());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RenderRefusedException(RenderRefusedException.Reason.TIMED_OUT, retryAfterSeconds());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new RenderException("Render failed", e.getCause());
        }
    }

    /** Renders waiting for a thread. */
    int queued() {
        return executor.getQueue().size();
    }

    /** Renders in progress. */
    int active() {
        return executor.getActiveCount();
    }

    /** Stops taking renders and waits up to {@code grace} for those in progress and queued. */
    boolean shutdown(Duration grace) throws InterruptedException {
        executor.shutdown();
        return executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Time for the renders ahead (running and queued) to finish, at least one second. */
    private long retryAfterSeconds() {
        long ahead = (long) limits.threads() + limits.queue();
        long ms = averageMillis.get() * ahead / limits.threads();
        return Math.max(1, (ms + 999) / 1000);
    }
}
