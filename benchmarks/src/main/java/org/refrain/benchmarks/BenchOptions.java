package org.refrain.benchmarks;

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
}
