package org.kpidocs.dataset;

/**
 * The submission is not well-formed JSON. Carries the position and the parser's own description,
 * stripped of any echo of the payload.
 */
public final class DatasetUnreadableException extends RuntimeException {

    private final int line;
    private final int column;
    private final String problem;

    DatasetUnreadableException(String problem, int line, int column) {
        super("Malformed JSON at line " + line + ", column " + column + ": " + problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What the parser found wrong, e.g. "Unexpected character ('}' (code 125))". */
    public String problem() {
        return problem;
    }
}
