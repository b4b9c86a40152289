package org.kpidocs.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.kpidocs.catalogue.BenchmarkSet;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.common.Sha256;

/**
 * Turns submitted bytes into a valid {@link Dataset} or a complete list of what is wrong with them.
 * Stores nothing, so the command line uses it to check a file before it is uploaded.
 */
public final class DatasetChecker {

    private final Catalogue catalogue;
    private final BenchmarkSet benchmarks;
    private final ObjectMapper json = mapper();

    public DatasetChecker(Catalogue catalogue, BenchmarkSet benchmarks) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
    }

    /**
     * A dataset that passed every check, with the warnings found on the way, its canonical JSON (the
     * form that is stored, embedded in documents and hashed) and the SHA-256 of that JSON.
     */
    public record Accepted(Dataset dataset, List<Issue> warnings, String canonicalJson, String sha256) {

        /** This dataset as a stored one would look, for work that needs no store (the command line). */
        public StoredDataset unstored(String id, java.time.Instant acceptedAt) {
            return new StoredDataset(id, 1, acceptedAt, acceptedAt, sha256, dataset, warnings, canonicalJson);
        }
    }

    /**
     * @throws DatasetUnreadableException when the body is not JSON
     * @throws DatasetRejectedException   with every problem when it is not a valid dataset
     */
    public Accepted check(byte[] body) {
        DatasetReader.Result result = DatasetReader.read(parse(body), catalogue, benchmarks);
        if (!result.errors().isEmpty()) {
            throw new DatasetRejectedException(result.errors());
        }
        List<Issue> warnings = new java.util.ArrayList<>(result.warnings());
        warnings.addAll(Screening.of(result.dataset(), catalogue));
        String canonical = write(result.dataset());
        return new Accepted(result.dataset(), warnings, canonical, Sha256.hex(canonical));
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new DatasetUnreadableException("The body is empty", 1, 1);
            }
            return node;
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw new DatasetUnreadableException(e.getOriginalMessage(),
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical JSON of a value, as stored and hashed. */
    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** The strict reader and canonical writer of dataset JSON. */
    static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())
                .build();
        // A dataset is a few hundred kilobytes of shallow JSON; anything deeper or longer is hostile.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(32).maxNumberLength(64).maxStringLength(1 << 20).build());
        return mapper;
    }
}
