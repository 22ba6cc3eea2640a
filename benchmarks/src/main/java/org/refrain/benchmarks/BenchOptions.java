package org.refrain.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code --name value} / {@code --name=value} options of a bench main class, read alike. */
final class BenchOptions {

  private BenchOptions() {}

  /**
   * The options in {@code args}, in order, as (name, value) pairs.
   *
   * @throws IllegalArgumentException naming an option that lacks its value
   */
  static List<Map.Entry<String, String>> parse(String... args) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      int equals = name.indexOf('=');
      if (equals > 0) {
        out.add(Map.entry(name.substring(0, equals), name.substring(equals + 1)));
      } else if (i + 1 < args.length) {
        out.add(Map.entry(name, args[++i]));
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
    }
    return out;
  }

  /** {@code value} as a number; the error names the option. */
  static double number(String name, String value) {
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value);
    }
  }

  /** {@code value} as a path; the error names the option. */
  static Path path(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " needs a path");
    }
    return Path.of(value);
  }

  /** {@code value} as a whole number; the error names the option. */
  static long whole(String name, String value) {
    double number = number(name, value);
    if (number != Math.rint(number) || Math.abs(number) > 1e15) {
      throw new IllegalArgumentException(name + " is not a whole number: " + value);
    }
    return (long) number;
  }

  /** A comma-separated list of whole numbers ("100,1000,5000"), blanks skipped. */
  static List<Integer> wholeNumbers(String name, String value) {
    List<Integer> out = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        out.add((int) whole(name, part));
      }
    }
    return out;
  }

  /** {@code values} sorted, without repeats, each at least {@code least}. */
  /**
   * Corpus sizes from {@code --sizes}: at least one, each at least one letter; sorted, distinct.
   */
  static List<Integer> sizes(List<Integer> sizes) {
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("--sizes needs at least one size");
    }
    return atLeast("--sizes", sizes, 1);
  }

  /** Timed runs from {@code --repeat}: at least one. */
  static int repeat(int repeat) {
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be >= 1: " + repeat);
    }
    return repeat;
  }

  static List<Integer> atLeast(String name, List<Integer> values, int least) {
    for (int n : values) {
      if (n < least) {
        throw new IllegalArgumentException(name + " values must be >= " + least + ": " + n);
      }
    }
    return values.stream().distinct().sorted().toList();
  }

  /**
   * The options {@code parser} reads from {@code argv}; on a bad option, prints its message and
   * {@code usage} to standard error, prefixed by {@code program}, and exits with status 2.
   */
  static <A> A parseOrExit(
      String program,
      String usage,
      java.util.function.Function<String[], A> parser,
      String[] argv) {
    try {
      return parser.apply(argv);
    } catch (IllegalArgumentException e) {
      System.err.println(program + ": " + e.getMessage());
      System.err.println(usage);
      System.exit(2);
      throw new IllegalStateException("unreachable");
    }
  }
}
