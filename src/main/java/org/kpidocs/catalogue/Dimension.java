package org.kpidocs.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The three U4SSC dimensions, in the order the published documents print them. */
public enum Dimension {
    ECONOMY("EC", "Economy"),
    ENVIRONMENT("EN", "Environment"),
    SOCIETY_AND_CULTURE("SC", "Society and Culture");

    private final String code;
    private final String displayName;

    Dimension(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The two-letter code used in KPI codes, e.g. {@code EC}. */
    public String code() {
        return code;
    }

    /** The English name printed in U4SSC documents. */
    public String displayName() {
        return displayName;
    }

    /** Finds a dimension by its code or its English name, ignoring case. */
    public static Optional<Dimension> find(String codeOrName) {
        return Arrays.stream(values())
                .filter(d -> d.code.equalsIgnoreCase(codeOrName.trim())
                        || d.displayName.equalsIgnoreCase(codeOrName.trim()))
                .findFirst();
    }
}
