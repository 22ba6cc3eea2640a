/**
 * Benchmarks of the work a command does. JMH benchmarks: reading the bundled corpus, and building
 * and rendering the letters table; they take the real bundled corpus and return their result to
 * JMH's blackhole, so nothing is optimised away. {@link
 * org.refrain.benchmarks.AnnotationThroughput} is a plain main class instead (a pass over its 20 MB
 * takes minutes): it times annotation of a {@link org.refrain.benchmarks.synthetic synthetic
 * corpus} against Lucene and each OpenNLP stage and prints a Markdown table. All run only from
 * {@code benchmarks/target/benchmarks.jar}, never in the build.
 */
package org.refrain.benchmarks;
