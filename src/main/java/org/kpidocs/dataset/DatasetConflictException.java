package org.kpidocs.dataset;

/** Another submission replaced the dataset at the same moment; the client should retry. */
public final class DatasetConflictException extends RuntimeException {
    DatasetConflictException(String id) {
        super("Concurrent update of dataset " + id);
    }
}
