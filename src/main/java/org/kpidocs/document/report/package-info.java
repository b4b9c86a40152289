/**
 * The Verification Report: the verifier's final report for one dataset, with the sections of the
 * published U4SSC reports (domain reference §5.1), as PDF/A-3 + PDF/UA-1 and as standalone HTML.
 */
package org.kpidocs.document.report;
