package org.kpidocs.render;

/** A document whose layout has more pages than the configured limit; refused before it is painted. */
public final class DocumentTooLongException extends RenderException {

    private final int pages;
    private final int maxPages;

    DocumentTooLongException(String title, int pages, int maxPages) {
        super("\"" + title + "\" has " + pages + " pages; the limit is " + maxPages, null);
        this.pages = pages;
        this.maxPages = maxPages;
    }

    public int pages() {
        return pages;
    }

    public int maxPages() {
        return maxPages;
    }
}
