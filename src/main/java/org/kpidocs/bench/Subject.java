package org.kpidocs.bench;

/**
 * What is measured: one dataset's report, rendered afresh on every call. Implementations must be
 * safe to call from several threads at once, as the service's renderer is.
 */
public interface Subject {

    /** Renders the report as PDF. */
    byte[] pdf();

    /** Renders the report as standalone HTML (the page Chromium is given). */
    byte[] html();
}
