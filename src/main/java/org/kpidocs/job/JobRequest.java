package org.kpidocs.job;

import java.util.List;

/**
 * What a caller asks for: one kind of document, in one format and language, for each dataset.
 *
 * @param document e.g. {@code verification-report}
 * @param format   {@code pdf} or {@code html}
 * @param lang     a document language tag; null for English
 * @param datasets dataset ids, in the order the items should have
 */
public record JobRequest(String document, String format, String lang, List<String> datasets) {
}
