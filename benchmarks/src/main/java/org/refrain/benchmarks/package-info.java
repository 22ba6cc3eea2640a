/**
 * JMH benchmarks of the work a command does: reading the bundled corpus, and building and rendering
 * the letters table. They take the real bundled corpus and return their result to JMH's blackhole,
 * so nothing is optimised away; they run only from {@code benchmarks/target/benchmarks.jar}, never
 * in the build.
 */
package org.refrain.benchmarks;
