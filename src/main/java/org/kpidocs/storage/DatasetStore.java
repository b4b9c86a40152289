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
    List<DatasetRecord> list(int limit, int offset);

    /** The number of datasets. */
    int count();
}
