package org.kpidocs.catalogue;

/**
 * Core or advanced. Core KPIs should be reportable by every city; advanced KPIs go deeper
 * (Verification Manual 2022, p.11). The letter is the suffix of the KPI code.
 */
public enum KpiType {
    CORE('C'),
    ADVANCED('A');

    private final char suffix;

    KpiType(char suffix) {
        this.suffix = suffix;
    }

    public char suffix() {
        return suffix;
    }

    static KpiType ofSuffix(char suffix) {
        return switch (Character.toUpperCase(suffix)) {
            case 'C' -> CORE;
            case 'A' -> ADVANCED;
            default -> throw new IllegalArgumentException("KPI type suffix must be C or A, got " + suffix);
        };
    }
}
