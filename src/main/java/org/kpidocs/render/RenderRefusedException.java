package org.kpidocs.render;

/**
 * A render that was not done because the service is at its capacity: every render thread busy and
 * the queue full, or the render not finished within the time limit. The caller should try again
 * after {@link #retryAfterSeconds()}; nothing is wrong with the document.
 */
public final class RenderRefusedException extends RuntimeException {

    /** Why the render was refused. */
    public enum Reason {
        /** All render threads busy and the queue full: refused at once, nothing was started. */
        BUSY,
        /** Not finished within the time limit (queueing included); its result is discarded. */
        TIMED_OUT
    }

    private final Reason reason;
    private final long retryAfterSeconds;

    RenderRefusedException(Reason reason, long retryAfterSeconds) {
        super(reason == Reason.BUSY ? "All render threads are busy and the queue is full"
                : "The render did not finish within the time limit", null, false, false);
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Reason reason() {
        return reason;
    }

    /** When a new attempt has a fair chance: the renders ahead of it should be done by then. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
