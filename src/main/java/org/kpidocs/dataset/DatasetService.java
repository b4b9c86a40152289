package org.kpidocs.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.kpidocs.storage.DatasetRecord;
import org.kpidocs.storage.DatasetStore;

/**
 * Accepts datasets, keeps every accepted version and hands them back. A submission is parsed,
 * checked completely and only then stored, so nothing invalid ever reaches the store and an earlier
 * version is never touched by a later, rejected one.
 */
public final class DatasetService {

    /** Dataset ids are UUIDs; anything else is answered "not found" without touching the store. */
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final TypeReference<List<Issue>> ISSUES = new TypeReference<>() { };

    private final DatasetChecker checker;
    private final DatasetStore store;
    private final Clock clock;
    private final Supplier<String> ids;
    private final ObjectMapper json;

    /**
     * @param ids supplies new dataset ids (random UUIDs in production, fixed ones in tests)
     */
    public DatasetService(DatasetChecker checker, DatasetStore store, Clock clock, Supplier<String> ids) {
        this.checker = checker;
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.json = DatasetChecker.mapper();
    }

    /** Validates and stores a new dataset (version 1). */
    public StoredDataset create(byte[] body) {
        return create(body, List.of(), null);
    }

    /**
     * Validates and stores a new dataset (version 1) submitted by {@code owner}.
     *
     * @param owner who submits it (an API key id), or null
     */
    public StoredDataset create(byte[] body, String owner) {
        return create(body, List.of(), owner);
    }

    /**
     * Validates and stores a new dataset given as a parsed JSON tree (a Data Collection Template read
     * by the workbook reader), with the warnings its source gave beside the checker's: the tree is
     * written out and takes exactly the path of {@link #create(byte[])}.
     */
    public StoredDataset create(com.fasterxml.jackson.databind.JsonNode tree, List<Issue> sourceWarnings) {
        return create(tree, sourceWarnings, null);
    }

    /** As {@link #create(com.fasterxml.jackson.databind.JsonNode, List)}, submitted by {@code owner}. */
    public StoredDataset create(com.fasterxml.jackson.databind.JsonNode tree, List<Issue> sourceWarnings, String owner) {
        try {
            return create(json.writeValueAsBytes(tree), sourceWarnings, owner);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a JSON tree", e);
        }
    }

    private StoredDataset create(byte[] body, List<Issue> sourceWarnings, String owner) {
        DatasetChecker.Accepted checked = check(body);
        List<Issue> warnings = new java.util.ArrayList<>(checked.warnings());
        warnings.addAll(sourceWarnings);
        DatasetChecker.Accepted accepted = new DatasetChecker.Accepted(checked.dataset(), warnings,
                checked.canonicalJson(), checked.sha256());
        Instant now = now();
        DatasetRecord record = record(ids.get(), 1, accepted, now, now, owner);
        store.create(record);
        return stored(record);
    }

    /** Validates a replacement and stores it as the next version of an existing dataset. */
    public StoredDataset replace(String id, byte[] body) {
        DatasetRecord current = validId(id).flatMap(store::latest).orElseThrow(() -> new DatasetNotFoundException(id));
        DatasetChecker.Accepted accepted = check(body);
        DatasetRecord record = record(id, current.version() + 1, accepted, current.createdAt(), now(), current.owner());
        if (!store.addVersion(record)) {
            throw new DatasetConflictException(id);
        }
        return stored(record);
    }

    /** The latest version of a dataset. */
    public Optional<StoredDataset> find(String id) {
        return validId(id).flatMap(store::latest).map(this::stored);
    }

    /** One version of a dataset. */
    public Optional<StoredDataset> find(String id, int version) {
        return validId(id).flatMap(i -> store.version(i, version)).map(this::stored);
    }

    /** Datasets, newest first. */
    public List<DatasetSummary> list(int limit, int offset) {
        return list(limit, offset, DatasetStore.Scope.ALL);
    }

    /** Datasets within a scope (one owner's, one city's), newest first. */
    public List<DatasetSummary> list(int limit, int offset, DatasetStore.Scope scope) {
        return store.list(limit, offset, scope).stream().map(DatasetService::summary).toList();
    }

    public int count() {
        return store.count();
    }

    public int count(DatasetStore.Scope scope) {
        return store.count(scope);
    }

    /** Who submitted a dataset and which city it is, without checking its content again. */
    public Optional<DatasetSummary> summary(String id) {
        return validId(id).flatMap(store::latest).map(DatasetService::summary);
    }

    private static DatasetSummary summary(DatasetRecord r) {
        return new DatasetSummary(r.id(), r.version(), r.city(), r.country(), r.reportingYear(), r.createdAt(),
                r.updatedAt(), r.owner());
    }

    /**
     * Checks a submission without storing it.
     *
     * @throws DatasetUnreadableException when the body is not JSON
     * @throws DatasetRejectedException   with every problem when it is not a valid dataset
     */
    public DatasetChecker.Accepted check(byte[] body) {
        return checker.check(body);
    }

    private DatasetRecord record(String id, int version, DatasetChecker.Accepted accepted, Instant created,
                                 Instant updated, String owner) {
        Dataset.City city = accepted.dataset().city();
        return new DatasetRecord(id, version, city.name(), city.country(), accepted.dataset().reportingYear(),
                accepted.canonicalJson(), accepted.sha256(), checker.write(accepted.warnings()), created, updated,
                owner);
    }

    private StoredDataset stored(DatasetRecord r) {
        // The stored JSON is the canonical form written by this service, so reading it back through the
        // same checks both rebuilds the model and proves the store returned what it was given.
        DatasetChecker.Accepted accepted = check(r.json().getBytes(StandardCharsets.UTF_8));
        try {
            List<Issue> warnings = json.readValue(r.warningsJson(), ISSUES);
            return new StoredDataset(r.id(), r.version(), r.createdAt(), r.updatedAt(), r.sha256(),
                    accepted.dataset(), warnings, r.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored warnings of dataset " + r.id() + " are unreadable", e);
        }
    }

    private Instant now() {
        // Stored timestamps are kept to the millisecond so that both databases round-trip them exactly.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Optional<String> validId(String id) {
        return id != null && ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

}
