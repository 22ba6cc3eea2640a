/**
 * Benchmarks of the work a command does. JMH benchmarks: reading the bundled corpus, and building
 * and rendering the letters table; they take the real bundled corpus and return their result to
 * JMH's blackhole, so nothing is optimised away. {@link
 * org.refrain.benchmarks.AnnotationThroughput}, {@link org.refrain.benchmarks.ReuseBenchmark},
 * {@link org.refrain.benchmarks.DemandBenchmark} and {@link
 * org.refrain.benchmarks.SignatoryBenchmark} are plain main classes instead (a pass takes minutes):
 * the first times annotation of a {@link org.refrain.benchmarks.synthetic synthetic corpus} against
 * Lucene and each OpenNLP stage, the second times reuse detection on corpora with planted reuse,
 * scores it against what was planted and compares it with a naive all-pairs diff, the third times
 * demand tagging, changes and timeline, and the tagger's first-word index against a naive matcher
 * that must agree with it, the fourth times signatory resolution and coalition analysis on
 * synthetic signatory lists and scores the entities against the true ones; all print Markdown
 * tables. {@link org.refrain.benchmarks.ReportBenchmark} runs the real {@code refrain report} and
 * single commands on synthetic corpora written to disk, each in a fresh JVM measured from outside
 * ({@link org.refrain.benchmarks.jvm}), against Refrain's annotation alone ({@link
 * org.refrain.benchmarks.AnnotationAlone}), and says which of issue 13's goals are met. All run
 * only from {@code benchmarks/target/benchmarks.jar}, never in the build.
 */
package org.refrain.benchmarks;
