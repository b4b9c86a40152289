package org.kpidocs.render;

/**
 * A file embedded in the PDF as a PDF/A-3 associated file (ISO 19005-3 §6.8).
 *
 * @param fileName     name shown by PDF readers, e.g. {@code dataset.json}
 * @param mimeType     e.g. {@code application/json}
 * @param description  what the file is
 * @param relationship the PDF/A-3 AFRelationship: Source, Data, Alternative, Supplement or Unspecified
 * @param content      the bytes
 */
public record Attachment(String fileName, String mimeType, String description, String relationship, byte[] content) {
}
