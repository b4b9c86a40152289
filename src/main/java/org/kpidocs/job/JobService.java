package org.kpidocs.job;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.kpidocs.dataset.DatasetService;
import org.kpidocs.dataset.DatasetSummary;
import org.kpidocs.dataset.Issue;
import org.kpidocs.document.DocumentLanguage;
import org.kpidocs.document.RenderedDocument;
import org.kpidocs.storage.JobItemRecord;
import org.kpidocs.storage.JobRecord;
import org.kpidocs.storage.JobStore;

/**
 * Accepts jobs (one document for many datasets), checked completely before anything is stored, and
 * reports their progress. The work itself is done by {@link JobWorker}s on any instance.
 */
public final class JobService {

    /** Items one job may have. */
    public static final int MAX_ITEMS = 1000;

    private final JobStore store;
    private final DatasetService datasets;
    private final Set<String> documents;
    private final Clock clock;
    private final Supplier<String> ids;

    /**
     * @param makers the documents a job can render, keyed {@code <document>.<format>}
     *               ({@code verification-report.pdf})
     */
    public JobService(JobStore store, DatasetService datasets, Map<String, DocumentMaker> makers, Clock clock,
                      Supplier<String> ids) {
        this.store = store;
        this.datasets = datasets;
        this.documents = new TreeSet<>(makers.keySet());
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Stores a job with one queued item per dataset.
     *
     * @param owner  who asks (an API key id), or null
     * @param mayUse whether the caller may render a dataset (a verifier its own, a city its city's)
     * @throws JobRejectedException with every problem of the request
     */
    public JobView create(JobRequest request, String owner, Predicate<DatasetSummary> mayUse) {
        List<Issue> problems = new ArrayList<>();
        String key = request.document() + "." + request.format();
        if (!documents.contains(key)) {
            problems.add(new Issue("/document", null, "job.document-unknown",
                    List.of(String.valueOf(request.document()), String.valueOf(request.format()), String.join(", ", documents))));
        }
        String lang = request.lang() == null ? DocumentLanguage.EN.tag() : request.lang();
        if (DocumentLanguage.find(lang).isEmpty()) {
            problems.add(new Issue("/lang", null, "job.lang-unknown", List.of(lang, String.join(", ", DocumentLanguage.tags()))));
        }
        List<String> datasetIds = request.datasets() == null ? List.of() : request.datasets();
        if (datasetIds.isEmpty() || datasetIds.size() > MAX_ITEMS) {
            problems.add(new Issue("/datasets", null, "job.datasets-count",
                    List.of(String.valueOf(datasetIds.size()), String.valueOf(MAX_ITEMS))));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < datasetIds.size(); i++) {
                String id = datasetIds.get(i);
                String pointer = "/datasets/" + i;
                Optional<DatasetSummary> d = datasets.summary(id);
                if (d.isEmpty()) {
                    problems.add(new Issue(pointer, null, "job.dataset-unknown", List.of(String.valueOf(id))));
                } else if (!mayUse.test(d.get())) {
                    problems.add(new Issue(pointer, null, "job.dataset-not-yours", List.of(id)));
                } else if (!seen.add(id)) {
                    problems.add(new Issue(pointer, null, "job.dataset-repeated", List.of(id)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new JobRejectedException(problems);
        }
        JobRecord job = new JobRecord(ids.get(), request.document(), request.format(), lang, owner,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), datasetIds.size());
        store.create(job, datasetIds);
        return view(job);
    }

    /** A job with its items; empty when unknown. */
    public Optional<JobView> find(String id) {
        return store.job(id).map(this::view);
    }

    /** Who asked for a job; empty when unknown. */
    public Optional<String> owner(String id) {
        return store.job(id).map(JobRecord::owner);
    }

    /** The document of a finished item; empty when the job or item is unknown or not done. */
    public Optional<RenderedDocument> result(String jobId, int position) {
        Optional<JobItemRecord> item = store.items(jobId).stream().filter(i -> i.position() == position)
                .filter(i -> "done".equals(i.status())).findFirst();
        return item.flatMap(i -> store.content(jobId, position)
                .map(bytes -> new RenderedDocument(bytes, i.mediaType(), i.fileName())));
    }

    private JobView view(JobRecord job) {
        List<JobItemRecord> items = store.items(job.id());
        int queued = 0;
        int running = 0;
        int done = 0;
        int failed = 0;
        for (JobItemRecord i : items) {
            switch (i.status()) {
                case "queued" -> queued++;
                case "running" -> running++;
                case "done" -> done++;
                default -> failed++;
            }
        }
        int total = items.size();
        String status = done == total ? "done" : done + failed == total ? "finished-with-failures"
                : queued == total ? "queued" : "running";
        int progress = total == 0 ? 100 : (int) Math.floor(100.0 * (done + failed) / total);
        return new JobView(job.id(), job.document(), job.format(), job.lang(), job.createdAt(), status, progress,
                new JobView.Counts(total, queued, running, done, failed),
                items.stream().map(i -> new JobView.Item(i.position(), i.datasetId(), i.status(), i.attempts(),
                        i.claimedBy(), i.finishedAt(), i.error(), i.fileName(), i.sha256())).toList());
    }
}
