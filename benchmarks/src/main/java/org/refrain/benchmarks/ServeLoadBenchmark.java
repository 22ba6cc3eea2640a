package org.refrain.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code refrain serve}: starts the server in its own JVM on a corpus (on
 * 127.0.0.1, a free port), then {@code --clients} threads each send requests one after another for
 * {@code --seconds}: search pages (a word drawn from the corpus's vocabulary, seeded) and letter
 * pages (ids the searches returned), half and half. Prints a Markdown table of requests,
 * throughput, p50/p95/p99 and errors by kind, then stops the server. Loopback only; it stops by
 * itself.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.ServeLoadBenchmark
 *     --jar reports/target/refrain.jar --corpus DIR [--cache DIR] [--clients 50] [--seconds 60]
 *     [--xmx 2g] [--seed 42]</pre>
 */
public final class ServeLoadBenchmark {

  private ServeLoadBenchmark() {}

  /** Words searched for: common in letters of the genre, so searches hit. */
  private static final List<String> WORDS =
      List.of(
          "camps",
          "resolution",
          "accountability",
          "prisoners",
          "\"human rights\"",
          "abductions",
          "refoulement",
          "council",
          "torture",
          "\"commission of inquiry\"",
          "detention",
          "food",
          "release",
          "\"special rapporteur\"",
          "justice",
          "executions",
          "women",
          "children",
          "repatriation",
          "\"crimes against humanity\"");

  public static void main(String[] args) throws Exception {
    Path jar = Path.of("reports/target/refrain.jar");
    Path corpus = null;
    Path cache = null;
    int clients = 50;
    int seconds = 60;
    String xmx = "2g";
    long seed = 42;
    String words = "genre";
    try {
      for (var option : BenchOptions.parse(args)) {
        String name = option.getKey();
        String value = option.getValue();
        switch (name) {
          case "--jar" -> jar = BenchOptions.path(name, value);
          case "--corpus" -> corpus = BenchOptions.path(name, value);
          case "--cache" -> cache = BenchOptions.path(name, value);
          case "--clients" -> clients = (int) BenchOptions.whole(name, value);
          case "--seconds" -> seconds = (int) BenchOptions.whole(name, value);
          case "--xmx" -> xmx = value.strip();
          case "--seed" -> seed = BenchOptions.whole(name, value);
          case "--words" -> {
            words = value.strip();
            if (!words.equals("genre") && !words.equals("corpus")) {
              throw new IllegalArgumentException("--words must be genre or corpus: " + value);
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (corpus == null) {
        throw new IllegalArgumentException("--corpus is needed");
      }
      if (clients < 1 || seconds < 1) {
        throw new IllegalArgumentException("--clients and --seconds must be at least 1");
      }
    } catch (IllegalArgumentException e) {
      System.err.println("ServeLoadBenchmark: " + e.getMessage());
      System.err.println(
          "usage: ServeLoadBenchmark --corpus DIR [--jar JAR] [--cache DIR] [--clients N]"
              + " [--seconds N] [--xmx SIZE] [--seed N] [--words genre|corpus]");
      System.exit(2);
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + xmx);
    command.add("-jar");
    command.add(jar.toString());
    command.add("serve");
    command.add("-q");
    if (cache != null) {
      command.add("--cache");
      command.add(cache.toString());
    }
    command.add(corpus.toString());
    long started = System.nanoTime();
    Process server =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      String url = out.readLine();
      if (url == null || !url.startsWith("http://127.0.0.1:")) {
        throw new IllegalStateException("the server did not start: " + url);
      }
      double startup = (System.nanoTime() - started) / 1e9;
      System.err.printf(Locale.ROOT, "server up at %s after %.1f s%n", url, startup);
      List<String> queries = words.equals("corpus") ? corpusWords(corpus, seed) : WORDS;
      run(URI.create(url), clients, seconds, seed, startup, corpus, queries, words);
    } finally {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private record Sample(String kind, String path, long nanos, boolean error) {}

  /**
   * Words of the corpus's own letters (of 6 letters or more), seeded: most searches then ask for an
   * address no client asked for before, so few pages come from the server's page cache.
   */
  static List<String> corpusWords(Path corpus, long seed) throws IOException {
    List<Path> files;
    try (var list = Files.list(corpus)) {
      files = new ArrayList<>(list.filter(Files::isRegularFile).sorted().toList());
    }
    Collections.shuffle(files, new Random(seed));
    java.util.TreeSet<String> words = new java.util.TreeSet<>();
    for (Path f : files.subList(0, Math.min(300, files.size()))) {
      for (String w : Files.readString(f, StandardCharsets.UTF_8).split("[^\\p{L}]+")) {
        if (w.length() >= 6) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<String> out = new ArrayList<>(words);
    Collections.shuffle(out, new Random(seed));
    return List.copyOf(out.subList(0, Math.min(5000, out.size())));
  }

  private static void run(
      URI base,
      int clients,
      int seconds,
      long seed,
      double startup,
      Path corpus,
      List<String> queries,
      String words)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .executor(
                Executors.newFixedThreadPool(
                    8,
                    r -> {
                      // Daemon threads: the client's pool never keeps the benchmark from ending.
                      Thread t = new Thread(r, "load-http");
                      t.setDaemon(true);
                      return t;
                    }))
            .build();
    // Letter ids to ask for: those a few searches return.
    List<String> ids = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String w : WORDS) {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(base.resolve("/api/search?limit=50&q=" + enc(w))).build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode hits = json.readTree(r.body()).get("hits");
      if (hits != null) {
        hits.forEach(h -> ids.add(h.get("letter").asText()));
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("no search found a letter");
    }
    List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    AtomicLong bytes = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      Random random = new Random(seed + c);
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              boolean search = random.nextBoolean();
              String path =
                  search
                      ? "/search?q=" + enc(queries.get(random.nextInt(queries.size())))
                      : "/letters/" + enc(ids.get(random.nextInt(ids.size())));
              long t0 = System.nanoTime();
              boolean error;
              try {
                HttpResponse<byte[]> r =
                    http.send(
                        HttpRequest.newBuilder(base.resolve(path))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                error = r.statusCode() != 200;
                bytes.addAndGet(r.body().length);
              } catch (IOException | InterruptedException e) {
                error = true;
              }
              samples.add(
                  new Sample(
                      search ? "search page" : "letter page", path, System.nanoTime() - t0, error));
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "Corpus %s; server start %.1f s; %d clients for %d s; %d cores; seed %d; search words:"
                + " %s (%d)%n%n",
            corpus,
            startup,
            clients,
            seconds,
            Runtime.getRuntime().availableProcessors(),
            seed,
            words,
            queries.size()));
    table.append(
        "| requests | count | distinct pages | per second | p50 ms | p95 ms | p99 ms | max ms |"
            + " errors |\n");
    table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String kind : List.of("search page", "letter page", "all")) {
      List<Long> t = new ArrayList<>();
      java.util.Set<String> distinct = new java.util.HashSet<>();
      long errors = 0;
      synchronized (samples) {
        for (Sample s : samples) {
          if (kind.equals("all") || s.kind().equals(kind)) {
            t.add(s.nanos());
            distinct.add(s.path());
            if (s.error()) {
              errors++;
            }
          }
        }
      }
      Collections.sort(t);
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
              kind,
              t.size(),
              distinct.size(),
              t.size() / (double) seconds,
              ms(t, 0.50),
              ms(t, 0.95),
              ms(t, 0.99),
              t.isEmpty() ? 0 : t.get(t.size() - 1) / 1e6,
              errors));
    }
    table.append(
        String.format(
            Locale.ROOT,
            "%nGoal: no errors, p95 under 100 ms. %.1f MB served.%n",
            bytes.get() / 1e6));
    System.out.print(table);
    Files.writeString(Path.of("serve-load-benchmark.md"), table.toString());
  }

  private static double ms(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
