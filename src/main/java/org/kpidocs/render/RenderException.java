package org.kpidocs.render;

/** A document could not be rendered; the message is for the log and names the template or step. */
public class RenderException extends RuntimeException {
    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }

    public RenderException(String message) {
        super(message);
    }
}
