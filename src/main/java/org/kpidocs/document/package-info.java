/**
 * What the U4SSC documents share: languages, number and date formatting, band and SDG colours, the
 * benchmarking wheel built from an assessment, the imprint, the document date, target counts and the
 * rendered-document value. Each document type lives in a sub-package (report, factsheet with the City
 * Snapshot, later the certificate) with its model, assembler and service; the engine itself is
 * {@link org.kpidocs.render}.
 */
package org.kpidocs.document;
