/**
 * The U4SSC Factsheet (the long analytical publication: city profile, results of every dimension
 * linked to the Sustainable Development Goals, charts, key findings and recommendations) and the City
 * Snapshot (the short visual piece around the benchmarking wheel), domain reference §5.2 and §5.3, as
 * PDF/A-3 + PDF/UA-1 and as standalone HTML.
 */
package org.kpidocs.document.factsheet;
