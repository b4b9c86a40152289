package org.kpidocs.workbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kpidocs.catalogue.Catalogue;
import org.kpidocs.dataset.DatasetRejectedException;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.Issue;
import org.kpidocs.dataset.StoredDataset;

/**
 * Stores a filled Data Collection Template as a dataset: reads it with {@link WorkbookReader} and
 * hands the JSON to {@link DatasetService}, so a workbook passes exactly the checks of the JSON route.
 * Every problem, the reader's and the checker's, comes back with the cell it concerns.
 */
public final class WorkbookIngest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatasetService datasets;
    private final WorkbookReader reader;

    public WorkbookIngest(DatasetService datasets, Catalogue catalogue) {
        this.datasets = datasets;
        this.reader = new WorkbookReader(catalogue);
    }

    /**
     * Reads and stores a workbook (version 1 of a new dataset).
     *
     * @throws WorkbookUnreadableException when the file is not an .xlsx workbook
     * @throws DatasetRejectedException    with every problem, each with its cell where known
     */
    public StoredDataset create(Path xlsx) {
        return create(xlsx, null);
    }

    /** As {@link #create(Path)}, submitted by {@code owner} (an API key id). */
    public StoredDataset create(Path xlsx, String owner) {
        return store(reader.read(xlsx), owner);
    }

    /** Stores what the reader found, or rejects it with cells on the issues. */
    public StoredDataset store(WorkbookReader.Result result) {
        return store(result, null);
    }

    private StoredDataset store(WorkbookReader.Result result, String owner) {
        if (!result.problems().isEmpty()) {
            // Check what could be read too, so that the city gets every problem in one answer.
            List<Issue> all = new ArrayList<>(result.problems());
            try {
                datasets.check(JSON.writeValueAsBytes(result.json()));
            } catch (DatasetRejectedException e) {
                all.addAll(located(result, e.errors()));
            } catch (JsonProcessingException | RuntimeException e) {
                // the reader's problems alone are the answer
            }
            throw new DatasetRejectedException(all);
        }
        try {
            return datasets.create(result.json(), result.warnings(), owner);
        } catch (DatasetRejectedException e) {
            throw new DatasetRejectedException(located(result, e.errors()));
        }
    }

    /** Issues with the cell of their pointer or of its nearest mapped parent. */
    static List<Issue> located(WorkbookReader.Result result, List<Issue> issues) {
        return issues.stream().map(i -> i.cell() != null ? i
                : result.cellOf(i.pointer()).map(i::withCell).orElse(i)).toList();
    }
}
