/**
 * The document engine: FreeMarker templates → XHTML → PDF/A-3 + PDF/UA-1 with openhtmltopdf, and the
 * same XHTML as a standalone HTML page. Knows nothing of KPIs or of any particular document.
 *
 * <p>Rendering is closed to the outside world by construction: templates come only from the jar,
 * the data model is plain values, auto-escaping is on, and a deny-by-default access controller
 * refuses every URL that is not the product's own (security reference §1–§6).
 */
package org.kpidocs.render;
