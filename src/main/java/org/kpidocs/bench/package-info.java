/**
 * The {@code kpidocs bench} measurement: warm and parallel render times of the Verification Report,
 * heap used by concurrent renders, the cost of a cold process, and, in the same run, headless
 * Chromium printing the same report's HTML, as the peer the speed goals are set against.
 *
 * <p>A command, not a test: timings depend on the machine and its load, so nothing here asserts;
 * it prints figures for a person to read and record ({@code docs/benchmarks.md}).
 */
package org.kpidocs.bench;
