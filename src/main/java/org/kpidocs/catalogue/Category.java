package org.kpidocs.catalogue;

/**
 * A category inside a sub-dimension. Category names repeat across sub-dimensions (Water and
 * Sanitation sits under EC:ICT, EC:I and EN:EN), so a category is identified by its sub-dimension
 * and code together: {@link #key()} such as {@code ICT/WS}.
 */
public record Category(SubDimension subDimension, String code, String displayName) {

    /** Unique key of the category across the catalogue, e.g. {@code I/WS}. */
    public String key() {
        return subDimension.code() + "/" + code;
    }

    public Dimension dimension() {
        return subDimension.dimension();
    }
}
