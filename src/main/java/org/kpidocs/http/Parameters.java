package org.kpidocs.http;

/** Query and path parameters that must be whole numbers within a range. */
final class Parameters {

    private Parameters() {
    }

    /** The parameter as a number from {@code min} to {@code max}; otherwise a 400 naming it and the range. */
    static int bounded(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new ProblemException(400, "invalid-parameter", name, value, "a whole number from " + min + " to " + max);
    }
}
