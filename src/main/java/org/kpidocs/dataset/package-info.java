/**
 * A city's KPI dataset: its model, the strict reader that turns submitted JSON into it while
 * collecting every problem at once, and the service that accepts, versions and returns datasets.
 *
 * <p>Knows nothing of HTTP or documents. Messages are returned as keys with arguments
 * ({@link org.kpidocs.dataset.Issue}) so that the caller can word them in the user's language.
 */
package org.kpidocs.dataset;
