/**
 * Runs a command in a fresh JVM and measures it from outside: wall time, CPU time and peak resident
 * set (GNU {@code time}, else polling {@code /proc}), heap (the child's own GC log) and the stage
 * times it prints to standard error. In: a java binary, JVM options, the command's arguments. Out:
 * a {@link org.refrain.benchmarks.jvm.ChildRun} per run, never an exception for a child that fails,
 * runs out of memory or overruns its timeout: that is a measurement too.
 */
package org.refrain.benchmarks.jvm;
