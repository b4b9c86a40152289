/**
 * Durable storage behind small interfaces, over JDBC: an embedded H2 file by default, PostgreSQL when
 * a JDBC URL points at one. Flyway migrations create the schema on both. The only package that
 * writes to disk; it stores documents as opaque JSON text and knows nothing of their meaning.
 */
package org.kpidocs.storage;
