package org.kpidocs.render;

import java.time.Duration;

/** Told about every PDF render, for metrics; the engine itself keeps no statistics. Must be thread-safe. */
public interface RenderObserver {

    /** Observes nothing. */
    RenderObserver NONE = new RenderObserver() {
    };

    /**
     * A document was rendered.
     *
     * @param kind what the document is, e.g. {@code verification-report}, from {@link PdfMetadata#kind()}
     */
    default void rendered(String kind, Duration time, int pages, int bytes) {
    }

    /** A render was refused (busy or timed out) or failed its page limit ({@code too-long}). */
    default void refused(String kind, String reason) {
    }
}
