package org.kpidocs.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The seven U4SSC sub-dimensions, each inside one dimension, in published order. */
public enum SubDimension {
    ICT("ICT", Dimension.ECONOMY, "ICT"),
    PRODUCTIVITY("P", Dimension.ECONOMY, "Productivity"),
    INFRASTRUCTURE("I", Dimension.ECONOMY, "Infrastructure"),
    ENVIRONMENT("EN", Dimension.ENVIRONMENT, "Environment"),
    ENERGY("E", Dimension.ENVIRONMENT, "Energy"),
    EDUCATION_HEALTH_CULTURE("EH", Dimension.SOCIETY_AND_CULTURE, "Education, Health and Culture"),
    SAFETY_HOUSING_SOCIAL_INCLUSION("SH", Dimension.SOCIETY_AND_CULTURE, "Safety, Housing and Social Inclusion");

    private final String code;
    private final Dimension dimension;
    private final String displayName;

    SubDimension(String code, Dimension dimension, String displayName) {
        this.code = code;
        this.dimension = dimension;
        this.displayName = displayName;
    }

    /** The code used in KPI codes, e.g. {@code ICT} or {@code EH}. */
    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Finds a sub-dimension by code or English name, ignoring case. Codes are unique only inside
     * a dimension in principle, but in the U4SSC scheme they are unique overall ({@code EN} is both a
     * dimension and a sub-dimension code, never two sub-dimensions).
     */
    public static Optional<SubDimension> find(String codeOrName) {
        String wanted = codeOrName.trim();
        return Arrays.stream(values())
                .filter(s -> s.code.equalsIgnoreCase(wanted) || s.displayName.equalsIgnoreCase(wanted))
                .findFirst();
    }

    static Optional<SubDimension> find(Dimension dimension, String codeOrName) {
        return find(codeOrName).filter(s -> s.dimension == dimension);
    }
}
