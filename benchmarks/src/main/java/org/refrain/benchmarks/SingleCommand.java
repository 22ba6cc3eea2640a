package org.refrain.benchmarks;

import java.util.List;
import java.util.Locale;

/** The single commands {@link ReportBenchmark} times, each with the arguments it runs with. */
enum SingleCommand {
  LETTERS,
  TERMS,
  /** Group A: the latest year of the corpus; B: every other letter. */
  KEYNESS,
  /** The phrase of the figures. */
  KWIC,
  REUSE,
  DEMANDS,
  SIGNATORIES;

  /** The command's name on the command line. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The command and its arguments, before the corpus directory. */
  List<String> arguments(int latestYear) {
    return switch (this) {
      case KEYNESS -> List.of(label(), "--a", "year=" + latestYear);
      case KWIC -> List.of(label(), "human rights");
      default -> List.of(label());
    };
  }

  /**
   * The command called {@code name} ("kwic").
   *
   * @throws IllegalArgumentException naming the known commands
   */
  static SingleCommand named(String name) {
    for (SingleCommand c : values()) {
      if (c.label().equals(name.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "--commands: unknown command "
            + name.strip()
            + " (known: "
            + String.join(",", List.of(values()).stream().map(SingleCommand::label).toList())
            + ", or none)");
  }
}
