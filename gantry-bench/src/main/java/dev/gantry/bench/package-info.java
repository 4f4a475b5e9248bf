/**
 * JMH benchmarks of the hot paths, each measured beside a baseline in the same run (these machines are noisy,
 * so ratios are what we compare). Run with {@code bench/jmh}; never part of the test suite.
 */
package dev.gantry.bench;
