package org.kpidocs.catalogue;

/**
 * How a reference target was established (benchmarks reference, "Confidence levels"). The official
 * U4SSC targets sit in a locked tab of the verifier's Excel template and are unpublished, so most
 * reference targets are derived from public standards or proposed by this product.
 */
public enum Confidence {
    /** Value or N/A status read on a U4SSC page; not confirmed to equal the locked Excel tab. */
    OFFICIAL,
    /** Taken from a named public standard, target or statistic. */
    DERIVED,
    /** Reasoned by this product without a public basis (e.g. 100 % for full ICT deployment). */
    PROPOSED,
    /** No defensible target: the item shows "N/A" and is not scored. */
    NONE,
    /** Set by the dataset (the verifier's official target), overriding the reference set. */
    OVERRIDE
}
