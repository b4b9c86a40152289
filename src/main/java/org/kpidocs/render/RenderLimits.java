package org.kpidocs.render;

import java.time.Duration;

/**
 * How much rendering one service instance takes on: renders at once, renders waiting, the time one
 * render may take and the pages it may produce. Layout is CPU- and memory-bound, so more renders at
 * once than cores only makes every one slower; a bounded queue turns overload into a quick
 * "try again" instead of a pile of requests that all time out.
 *
 * @param threads   renders at once
 * @param queue     renders waiting for a thread; one more is refused at once
 * @param timeLimit longest time a caller waits for one render, queueing included
 * @param maxPages  pages one document may have; a longer one is refused after layout, before painting
 */
public record RenderLimits(int threads, int queue, Duration timeLimit, int maxPages) {

    /** For the command line and the benchmarks: one render at a time per caller, no limits that matter. */
    public static final RenderLimits NONE = new RenderLimits(Integer.MAX_VALUE, 0, Duration.ofDays(1), Integer.MAX_VALUE);

    public RenderLimits {
        if (threads < 1 || queue < 0 || timeLimit.isNegative() || timeLimit.isZero() || maxPages < 1) {
            throw new IllegalArgumentException("threads and maxPages >= 1, queue >= 0, timeLimit > 0");
        }
    }
}
