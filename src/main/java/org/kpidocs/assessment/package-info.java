/**
 * Pure U4SSC scoring: from a dataset, the catalogue and a benchmark set to points, bands and
 * percentages per KPI, data point, category, sub-dimension, dimension and overall, plus the counts
 * the Verification Report summarises. No I/O, no HTTP, no documents.
 *
 * <p>Method (Verification Reports, "Benchmarks and Scoring Methodology"; benchmarks reference):
 * each verified item with a target earns 1–4 points by its share of target; a group scores the sum
 * of its items' points over 4 × the number of items scored. Items not reported, not verified or
 * without a benchmark are left out of both.
 */
package org.kpidocs.assessment;
