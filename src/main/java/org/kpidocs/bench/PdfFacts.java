package org.kpidocs.bench;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Page count and size of a PDF, so that both engines are seen to print the same document. */
record PdfFacts(int pages, int bytes) {

    static PdfFacts of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PdfFacts(doc.getNumberOfPages(), pdf.length);
        } catch (IOException e) {
            throw new IllegalStateException("The rendered PDF cannot be read back: " + e.getMessage(), e);
        }
    }
}
