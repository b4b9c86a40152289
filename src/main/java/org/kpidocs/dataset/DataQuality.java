package org.kpidocs.dataset;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The six data-quality options a city chooses per KPI in the Data Collection Template
 * (Verification Manual 2022 §10, column T).
 */
public enum DataQuality {
    ACCURATE_MEASUREMENT("accurate-measurement"),
    SURVEY_EXTRAPOLATION("survey-extrapolation"),
    HIGHER_LEVEL_EXTRAPOLATION("higher-level-extrapolation"),
    ASSUMPTION_BASED_ESTIMATE("assumption-based-estimate"),
    PERSONAL_ESTIMATE("personal-estimate"),
    UNKNOWN_METHODOLOGY("unknown-methodology");

    private final String id;

    DataQuality(String id) {
        this.id = id;
    }

    /** The identifier used in JSON, e.g. {@code accurate-measurement}. */
    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<DataQuality> find(String id) {
        return Arrays.stream(values()).filter(q -> q.id.equals(id)).findFirst();
    }

    static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(DataQuality::id).toList());
    }
}
