package org.kpidocs.dataset;

import java.util.List;

/** The submission is well-formed JSON but not a valid dataset; carries every problem found. */
public final class DatasetRejectedException extends RuntimeException {

    private final transient List<Issue> errors;

    public DatasetRejectedException(List<Issue> errors) {
        super(errors.size() + " problem(s) in dataset");
        this.errors = List.copyOf(errors);
    }

    public List<Issue> errors() {
        return errors;
    }
}
