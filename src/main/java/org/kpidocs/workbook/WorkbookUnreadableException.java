package org.kpidocs.workbook;

/**
 * The upload is not a Data Collection Template that can be opened at all: empty, not an .xlsx file
 * (random bytes, a renamed CSV or PDF), a legacy .xls or encrypted workbook, or a macro-enabled one.
 * The message says which, in plain English, for the problem answer.
 */
public final class WorkbookUnreadableException extends RuntimeException {

    WorkbookUnreadableException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** Why the file cannot be read, e.g. "the file is a legacy Excel 97–2003 (.xls) workbook". */
    public String reason() {
        return getMessage();
    }
}
