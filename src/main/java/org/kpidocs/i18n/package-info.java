/**
 * User-facing words: message bundles looked up by key and locale. Every text a user reads (API error
 * details, later document text) comes from a bundle, never from a literal in code.
 */
package org.kpidocs.i18n;
