package org.kpidocs.catalogue;

/**
 * The second type label printed on each official KPI page. Known for about a third of the KPIs
 * only (domain reference §2.3), so a KPI's nature is optional.
 */
public enum KpiNature {
    SMART,
    SUSTAINABLE,
    STRUCTURAL
}
