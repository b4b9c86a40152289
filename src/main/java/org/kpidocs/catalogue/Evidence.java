package org.kpidocs.catalogue;

/**
 * How well a catalogue row is supported by public U4SSC material (catalogue file
 * {@code u4ssc-kpis-details.csv}, column {@code evidence}).
 */
public enum Evidence {
    /** Read on an official KPI page of the Collection Methodology or Verification Manual. */
    A,
    /** Name and unit from a published U4SSC report; code from a third-party list. */
    B,
    /** Code and name from a third-party list; unit and SDG targets inferred. */
    C
}
