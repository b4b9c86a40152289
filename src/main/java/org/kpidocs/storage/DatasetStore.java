package org.kpidocs.storage;

import java.util.List;
import java.util.Optional;

/**
 * Stores datasets as immutable versions: a new submission for an existing id adds a version and
 * never overwrites an earlier one.
 */
public interface DatasetStore {

    /** Stores version 1 of a new dataset. */
    void create(DatasetRecord record);

    /**
     * Stores the next version of an existing dataset.
     *
     * @return false when the dataset does not exist or {@code record.version()} is not the next one
     *         (another writer got there first)
     */
    boolean addVersion(DatasetRecord record);

    /** The latest version of a dataset. */
    Optional<DatasetRecord> latest(String id);

    /** One version of a dataset. */
    Optional<DatasetRecord> version(String id, int version);

    /** Latest versions, newest first, without their JSON bodies. */
    default List<DatasetRecord> list(int limit, int offset) {
        return list(limit, offset, Scope.ALL);
    }

    /** Latest versions within a scope, newest first, without their JSON bodies. */
    List<DatasetRecord> list(int limit, int offset, Scope scope);

    /** The number of datasets. */
    default int count() {
        return count(Scope.ALL);
    }

    /** The number of datasets within a scope. */
    int count(Scope scope);

    /**
     * Which datasets a listing covers.
     *
     * @param owner only datasets submitted by this owner; null for any
     * @param city  only datasets whose latest version names this city (ignoring case); null for any
     */
    record Scope(String owner, String city) {
        public static final Scope ALL = new Scope(null, null);
    }
}
