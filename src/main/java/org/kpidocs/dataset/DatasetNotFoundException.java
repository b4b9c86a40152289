package org.kpidocs.dataset;

/** No dataset (or no such version of it) exists under the requested id. */
public final class DatasetNotFoundException extends RuntimeException {

    private final String id;

    public DatasetNotFoundException(String id) {
        super("No dataset " + id);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
