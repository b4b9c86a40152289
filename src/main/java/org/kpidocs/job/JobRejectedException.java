package org.kpidocs.job;

import java.util.List;
import org.kpidocs.dataset.Issue;

/** A job request with problems, every one of them; nothing was stored. */
public final class JobRejectedException extends RuntimeException {

    private final transient List<Issue> errors;

    JobRejectedException(List<Issue> errors) {
        super(errors.size() + " problem(s) in the job request");
        this.errors = List.copyOf(errors);
    }

    public List<Issue> errors() {
        return errors;
    }
}
