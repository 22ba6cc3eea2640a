package org.refrain.reports.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.refrain.analysis.AnalysisSettings;
import org.refrain.analysis.CorpusAnalysis;
import org.refrain.analysis.index.CorpusIndex;
import org.refrain.analysis.index.IndexedLetter;
import org.refrain.analysis.index.PassageIndex;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;

/**
 * A corpus analysed, indexed under a test's temporary directory and served by {@link WebApp} on
 * 127.0.0.1 at a free port, with the same {@link WebServices} as {@code refrain serve} (default
 * analysis settings, bundled taxonomy). Built once per test class; closing it stops the app and
 * closes the index.
 */
public final class ServedCorpus implements AutoCloseable {

  /** A letter whose title, salutation, prose and signatories carry markup and script. */
  public static final String HOSTILE = "/org/refrain/reports/html/2023-05-10_hostile-letter.txt";

  private final WebCorpus web;
  private final Path index;
  private final WebApp app;
  private final StringWriter log = new StringWriter();

  private ServedCorpus(Corpus corpus, Path dir) throws IOException {
    AnalysisSettings settings = AnalysisSettings.defaults();
    CorpusAnalysis analysis = CorpusAnalysis.of(corpus, settings);
    this.index = dir.resolve("index");
    CorpusIndex.update(index, IndexedLetter.of(analysis), "test");
    this.web = new WebCorpus(analysis, PassageIndex.open(index));
    WebServices services =
        new WebServices(
            draft -> CorpusReader.create().keepingCopies().read(List.of(draft)),
            settings,
            settings.taxonomy(),
            settings.reuse(),
            c -> "test");
    this.app = WebApp.start(web, services, "127.0.0.1", 0, new PrintWriter(log, true));
  }

  /** The bundled sample corpus, served. */
  public static ServedCorpus bundled(Path dir) throws IOException {
    return new ServedCorpus(CorpusReader.create().readBundled(), dir);
  }

  /** The letters of {@code files}, test resources copied under {@code dir}, served. */
  public static ServedCorpus ofResources(Path dir, String... files) throws IOException {
    Path letters = Files.createDirectories(dir.resolve("letters"));
    for (String file : files) {
      try (InputStream in = ServedCorpus.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("test resource missing: " + file);
        }
        Files.copy(in, letters.resolve(Path.of(file).getFileName().toString()));
      }
    }
    return new ServedCorpus(CorpusReader.create().read(List.of(letters)), dir);
  }

  public WebCorpus web() {
    return web;
  }

  /** The index's directory. */
  public Path index() {
    return index;
  }

  public WebApp app() {
    return app;
  }

  /** What the app logged (its 500s). */
  public String log() {
    return log.toString();
  }

  /** {@code http://127.0.0.1:PORT} followed by {@code path}. */
  public String url(String path) {
    return "http://127.0.0.1:" + app.port() + path;
  }

  @Override
  public void close() {
    app.close();
    try {
      web.index().close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
