/**
 * What the U4SSC documents share: languages, number and date formatting, band colours, the
 * benchmarking wheel built from an assessment, and the rendered-document value. Each document type
 * lives in a sub-package (report, later factsheet and certificate) with its model, assembler and
 * service; the engine itself is {@link org.kpidocs.render}.
 */
package org.kpidocs.document;
