package org.refrain.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of {@link ReportBenchmark}, each with its default.
 *
 * @param sizes corpus sizes in letters, sorted (default 1000, 10000)
 * @param seed the synthetic corpus's seed (default 42)
 * @param work where corpora, caches, outputs and the report go (default $TMPDIR/report-bench); a
 *     corpus already there with the same seed and size is reused
 * @param commands single commands timed warm (default all seven; "none" for none)
 * @param commandsAtEverySize whether they run at every size ({@code --commands-at all}) or only the
 *     largest ({@code largest}, the default)
 * @param jvmOptions options of every child JVM (default {@code -Xmx2g}; {@code --jvm-opts "..."}
 *     split at spaces; {@code --xmx 4g} replaces the {@code -Xmx} among them)
 * @param timeoutMinutes the longest one child may run before it is killed (default 30)
 * @param threads threads of annotation alone (default 2)
 * @param jar the refrain jar the report and commands run from (default reports/target/refrain.jar
 *     of the checkout the benchmarks jar was built in)
 */
record ReportBenchArgs(
    List<Integer> sizes,
    long seed,
    Path work,
    List<SingleCommand> commands,
    boolean commandsAtEverySize,
    List<String> jvmOptions,
    double timeoutMinutes,
    int threads,
    Path jar) {

  static final String USAGE =
      "usage: java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.ReportBenchmark"
          + " [--sizes 1000,10000] [--seed 42] [--work /tmp/report-bench]"
          + " [--commands letters,terms,keyness,kwic,reuse,demands,signatories|none]"
          + " [--commands-at largest|all] [--jvm-opts \"-Xmx2g\"] [--xmx 2g]"
          + " [--timeout-minutes 30] [--threads 2] [--jar reports/target/refrain.jar]";

  static final String DEFAULT_JVM_OPTIONS = "-Xmx2g";

  ReportBenchArgs {
    sizes = BenchOptions.sizes(sizes);
    commands = List.copyOf(commands);
    jvmOptions = List.copyOf(jvmOptions);
    if (!(timeoutMinutes > 0) || Double.isInfinite(timeoutMinutes)) {
      throw new IllegalArgumentException(
          "--timeout-minutes must be a positive number: " + timeoutMinutes);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be >= 1: " + threads);
    }
    work = work.toAbsolutePath().normalize();
    jar = jar.toAbsolutePath().normalize();
  }

  int largest() {
    return sizes.get(sizes.size() - 1);
  }

  /** Whether the single commands run at {@code size}. */
  boolean commandsAt(int size) {
    return commandsAtEverySize || size == largest();
  }

  /**
   * The options in {@code argv} ({@code --name value} or {@code --name=value}).
   *
   * @throws IllegalArgumentException naming the option that is unknown, lacks a value or has a bad
   *     value
   */
  static ReportBenchArgs parse(String... argv) {
    List<Integer> sizes = List.of(1000, 10000);
    long seed = 42;
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "report-bench");
    List<SingleCommand> commands = List.of(SingleCommand.values());
    boolean everySize = false;
    String jvm = DEFAULT_JVM_OPTIONS;
    String xmx = null;
    double timeout = 30;
    int threads = 2;
    Path jar = defaultJar();
    for (var option : BenchOptions.parse(argv)) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "--sizes" -> sizes = BenchOptions.wholeNumbers(name, value);
        case "--seed" -> seed = BenchOptions.whole(name, value);
        case "--work" -> work = BenchOptions.path(name, value);
        case "--commands" -> commands = commands(value);
        case "--commands-at" -> everySize = everySize(value);
        case "--jvm-opts" -> jvm = value;
        case "--xmx" -> xmx = value.strip();
        case "--timeout-minutes" -> timeout = BenchOptions.number(name, value);
        case "--threads" -> threads = (int) BenchOptions.whole(name, value);
        case "--jar" -> jar = BenchOptions.path(name, value);
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new ReportBenchArgs(
        sizes, seed, work, commands, everySize, jvmOptions(jvm, xmx), timeout, threads, jar);
  }

  /** {@code options} split at white space, with {@code -Xmx} replaced when {@code xmx} is given. */
  static List<String> jvmOptions(String options, String xmx) {
    List<String> out = new ArrayList<>();
    for (String option : options.strip().split("\\s+")) {
      if (!option.isEmpty() && !(xmx != null && option.startsWith("-Xmx"))) {
        out.add(option);
      }
    }
    if (xmx != null) {
      if (!xmx.matches("\\d+[kKmMgGtT]?")) {
        throw new IllegalArgumentException("--xmx is not a heap size such as 2g: " + xmx);
      }
      out.add(0, "-Xmx" + xmx);
    }
    return out;
  }

  private static List<SingleCommand> commands(String value) {
    if (value.strip().equals("none")) {
      return List.of();
    }
    List<SingleCommand> out = new ArrayList<>();
    for (String name : value.split(",")) {
      if (!name.isBlank() && !out.contains(SingleCommand.named(name))) {
        out.add(SingleCommand.named(name));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--commands needs a command, or none");
    }
    return out;
  }

  private static boolean everySize(String value) {
    return switch (value.strip()) {
      case "all" -> true;
      case "largest" -> false;
      default ->
          throw new IllegalArgumentException("--commands-at must be largest or all: " + value);
    };
  }

  /**
   * reports/target/refrain.jar beside benchmarks/target/benchmarks.jar when this runs from that
   * jar, else relative to the working directory.
   */
  static Path defaultJar() {
    Path relative = Path.of("reports", "target", "refrain.jar");
    String classPath = System.getProperty("java.class.path", "");
    Path first = Path.of(classPath.split(java.io.File.pathSeparator)[0]).toAbsolutePath();
    if (first.endsWith(Path.of("benchmarks", "target", "benchmarks.jar"))) {
      return first.getParent().getParent().getParent().resolve(relative);
    }
    return relative;
  }
}
