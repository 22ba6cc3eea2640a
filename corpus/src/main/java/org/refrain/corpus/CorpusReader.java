package org.refrain.corpus;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.refrain.corpus.clean.ChromeFilter;
import org.refrain.corpus.clean.CleanText;
import org.refrain.corpus.clean.Line;
import org.refrain.corpus.clean.TextNormalizer;
import org.refrain.corpus.lexicon.Lexicon;
import org.refrain.corpus.signatory.SignatoryListParser;
import org.refrain.corpus.source.DocumentFormat;
import org.refrain.corpus.source.DocumentReader;
import org.refrain.corpus.source.RawDocument;
import org.refrain.corpus.source.ReadResult;
import org.refrain.corpus.split.CopyMerger;
import org.refrain.corpus.split.DuplicateLetterFilter;
import org.refrain.corpus.split.LetterLayout;
import org.refrain.corpus.split.LetterSplitter;
import org.refrain.corpus.split.LineClassifier;
import org.refrain.corpus.split.LineKind;

/**
 * Reads documents into a {@link Corpus}. For each file, in name order: read (encoding, HTML), clean
 * (normalise, keep an offset map), classify lines (chrome, prose, short), split into letters, drop
 * a repeated letter, then assemble each letter (paragraphs, signatories, metadata, claim). Once all
 * files are read, the same letter found in several files is read once, with every file kept as one
 * of its sources ({@link CopyMerger}; {@link #keepingCopies} turns this off). A file that cannot be
 * read becomes an error diagnostic and the others are still read. Files are read on the common
 * fork-join pool, and the result is the same as one read file by file. Thread-safe once created;
 * resources are loaded once.
 */
public final class CorpusReader {

  /**
   * The most words a letter is read with: ten times the longest joint letter seen, with its
   * signatory list. Longer "letters" (a book, a 5 MB line of words) are skipped with one line, so
   * no file can make the analysis run for minutes or fill the heap.
   */
  public static final int MAX_LETTER_WORDS = 50_000;

  /**
   * The word lists reading uses that a {@link Lexicon} may replace, by file name. Not {@code
   * closings.txt} and {@code bodies.tsv}: the splitter and the venue finder read those bundled.
   */
  public static final Set<String> LISTS =
      Set.of(
          "chrome-patterns.txt",
          "countries.tsv",
          "org-keywords.txt",
          "function-words.txt",
          "name-particles.txt",
          "honorifics.txt",
          "post-nominals.txt",
          "role-words.txt",
          "region-words.txt",
          "prose-words.txt",
          "header-words.tsv");

  private static final String BUNDLED = "letters";
  private static final String SIDECAR = ".meta.properties";

  private final DocumentReader reader = new DocumentReader();
  private final TextNormalizer normalizer = new TextNormalizer();
  private final LineClassifier classifier;
  private final LetterSplitter splitter = new LetterSplitter();
  private final DuplicateLetterFilter duplicates = new DuplicateLetterFilter();
  private final LetterAssembler assembler;
  private final CopyMerger copies = new CopyMerger();
  private final boolean mergeCopies;

  private CorpusReader(ChromeFilter chrome, SignatoryListParser signatories) {
    this(new LineClassifier(chrome), new LetterAssembler(signatories), true);
  }

  private CorpusReader(LineClassifier classifier, LetterAssembler assembler, boolean mergeCopies) {
    this.classifier = classifier;
    this.assembler = assembler;
    this.mergeCopies = mergeCopies;
  }

  /**
   * This reader, but keeping copies apart: the same letter read from several files is one letter
   * per file, as each file has it ({@code --keep-copies}).
   */
  public CorpusReader keepingCopies() {
    return new CorpusReader(classifier, assembler, false);
  }

  /** A reader with the bundled chrome patterns and signatory rules. */
  public static CorpusReader create() {
    return create(ChromeFilter.standard());
  }

  /**
   * A reader that recognises page furniture with {@code chrome} (for instance the bundled patterns
   * {@link ChromeFilter#and and} a user's own).
   */
  public static CorpusReader create(ChromeFilter chrome) {
    return create(chrome, Lexicon.bundled());
  }

  /**
   * A reader with {@code chrome} and the signatory word lists and countries of {@code lexicon} (the
   * bundled lists, or a user's replacing some of them).
   */
  public static CorpusReader create(ChromeFilter chrome, Lexicon lexicon) {
    return new CorpusReader(chrome, SignatoryListParser.create(lexicon));
  }

  /**
   * Reads files and directories (directories: the files {@link DocumentFormat} reads, searched
   * recursively following links, by name; see {@link DirectoryWalk} for what is skipped and said).
   * A file that cannot be read becomes an error diagnostic; the others are still read.
   */
  public Corpus read(List<Path> paths) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      collect(p, files, diagnostics);
    }
    files.sort(Comparator.comparing((Path f) -> fileName(f)).thenComparing(Path::toString));
    List<Path> unique = List.copyOf(new LinkedHashSet<>(files));
    Map<Path, String> ids = idPrefixes(unique, diagnostics);
    // Files are read in parallel and gathered in name order: the corpus and its diagnostics are
    // those of a sequential read.
    List<FileReading> read =
        unique.parallelStream().map(file -> readFile(file, ids.get(file))).toList();
    List<Letter> letters = new ArrayList<>();
    int sources = 0;
    for (FileReading file : read) {
      letters.addAll(file.letters());
      diagnostics.addAll(file.diagnostics());
      sources += file.letters().isEmpty() ? 0 : 1;
    }
    if (mergeCopies) {
      CopyMerger.Merged merged = copies.merge(letters);
      letters = new ArrayList<>(merged.letters());
      diagnostics.addAll(merged.diagnostics());
    }
    diagnostics.sort(
        Comparator.comparing(Diagnostic::file)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::message));
    return new Corpus(letters, diagnostics, sources);
  }

  /**
   * The files {@link #read} would read for {@code paths}, in its order, each followed by the
   * sidecar that overrides its metadata when there is one: everything a reading depends on besides
   * this reader's patterns and word lists, for a cache keyed by its input. Paths that cannot be
   * listed are left out ({@link #read} reports them).
   */
  public static List<Path> inputs(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      collect(p, files, new ArrayList<>());
    }
    files.sort(Comparator.comparing((Path f) -> fileName(f)).thenComparing(Path::toString));
    List<Path> inputs = new ArrayList<>();
    for (Path file : new LinkedHashSet<>(files)) {
      inputs.add(file);
      Path sidecar = file.resolveSibling(stem(fileName(file)) + SIDECAR);
      if (Files.isRegularFile(sidecar)) {
        inputs.add(sidecar);
      }
    }
    return inputs;
  }

  /** The letters of one file and what was noticed reading it. */
  private record FileReading(List<Letter> letters, List<Diagnostic> diagnostics) {}

  private FileReading readFile(Path file, String idPrefix) {
    ReadResult result = reader.read(file);
    if (result instanceof ReadResult.Failed failed) {
      return new FileReading(List.of(), List.of(failed.error()));
    }
    RawDocument raw = ((ReadResult.Read) result).document();
    List<Diagnostic> diagnostics = new ArrayList<>(raw.diagnostics());
    List<Letter> letters =
        readGuarded(raw, idPrefix, sidecar(file, raw.source(), diagnostics), diagnostics);
    return new FileReading(letters, diagnostics);
  }

  /** Reads the sample corpus bundled with Refrain (the default when no paths are given). */
  public Corpus readBundled() {
    URL url = CorpusReader.class.getResource(BUNDLED);
    if (url == null) {
      throw new IllegalStateException("the bundled corpus is missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return read(List.of(fs.provider().getPath(uri)));
        }
      }
      return read(List.of(Path.of(uri)));
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the bundled corpus: " + e.getMessage(), e);
    }
  }

  /**
   * Reads one document so that a fault in Refrain's own rules on one odd document costs that
   * document only: it becomes a one-line error, and the other files are still read.
   */
  private List<Letter> readGuarded(
      RawDocument raw, String idPrefix, MetadataOverrides overrides, List<Diagnostic> out) {
    List<Diagnostic> own = new ArrayList<>();
    try {
      List<Letter> letters = readDocument(raw, idPrefix, overrides, own);
      out.addAll(own);
      return letters;
    } catch (RuntimeException e) {
      out.add(
          Diagnostic.error(
              raw.source(),
              "could not be split into letters (a fault in Refrain, please report it: " + e + ")"));
      return List.of();
    } catch (StackOverflowError e) {
      // A regular expression recursing over an absurdly long line: that file is lost, not the run.
      out.add(
          Diagnostic.error(
              raw.source(),
              "could not be split into letters (a fault in Refrain, please report it:"
                  + " StackOverflowError)"));
      return List.of();
    }
  }

  /** The letters of one document, in order. */
  List<Letter> readDocument(
      RawDocument raw, String idPrefix, MetadataOverrides overrides, List<Diagnostic> out) {
    int controls = TextNormalizer.controls(raw.text());
    if (controls > 0) {
      out.add(
          Diagnostic.warning(
              raw.source(),
              0,
              controls
                  + (controls == 1 ? " control character" : " control characters")
                  + " (NUL, escape codes and the like) removed from the text"));
    }
    CleanText clean = normalizer.normalize(raw.text()).withPages(raw.pageStarts());
    List<Line> lines = clean.lines();
    List<LineKind> kinds = classifier.classify(lines);
    List<LetterLayout> layouts = splitter.split(lines, kinds);
    layouts = duplicates.filter(raw.source(), lines, layouts, out);
    if (layouts.isEmpty()) {
      out.add(Diagnostic.error(raw.source(), "no letter found: the text has no running prose"));
      return List.of();
    }
    List<Letter> letters = new ArrayList<>();
    for (int i = 0; i < layouts.size(); i++) {
      Letter letter =
          assembler.assemble(
              raw.source(), idPrefix, i + 1, clean, lines, layouts.get(i), overrides, out);
      int words = letter.words();
      if (words > MAX_LETTER_WORDS) {
        // Annotation and every stage after it grow with a letter's words: a text this long is no
        // letter (a 5 MB line of words is 800,000), and would cost minutes and gigabytes alone.
        out.add(
            Diagnostic.error(
                raw.source(),
                String.format(
                    Locale.ROOT,
                    "letter #%d has %,d words, more than the %,d a letter is read with; skipped",
                    i + 1,
                    words,
                    MAX_LETTER_WORDS)));
        continue;
      }
      letters.add(letter);
    }
    return letters;
  }

  /**
   * The prefix of each file's letter ids: its name without extension; its whole name when another
   * file has the same stem ({@code l.txt}, {@code l.html}); and {@code NAME~2}, {@code NAME~3} in
   * read order, with a warning, when files in different folders share a whole name.
   */
  private static Map<Path, String> idPrefixes(List<Path> files, List<Diagnostic> diagnostics) {
    Map<String, Integer> stems = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    for (Path f : files) {
      stems.merge(stem(fileName(f)), 1, Integer::sum);
      names.merge(fileName(f), 1, Integer::sum);
    }
    Map<Path, String> ids = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Path f : files) {
      String name = fileName(f);
      if (stems.get(stem(name)) == 1) {
        ids.put(f, stem(name));
      } else if (names.get(name) == 1) {
        ids.put(f, name);
      } else {
        int k = seen.merge(name, 1, Integer::sum);
        ids.put(f, k == 1 ? name : name + "~" + k);
        if (k > 1) {
          diagnostics.add(
              Diagnostic.warning(
                  name,
                  0,
                  "another file read has this name; the letters of "
                      + f
                      + " are named "
                      + name
                      + "~"
                      + k));
        }
      }
    }
    return ids;
  }

  private static void collect(Path p, List<Path> files, List<Diagnostic> diagnostics) {
    if (Files.isDirectory(p)) {
      DirectoryWalk.collect(p, files, diagnostics);
    } else if (Files.exists(p)) {
      files.add(p);
    } else {
      diagnostics.add(Diagnostic.error(p.toString(), "no such file or directory"));
    }
  }

  private static MetadataOverrides sidecar(Path file, String source, List<Diagnostic> out) {
    Path sidecar = file.resolveSibling(stem(source) + SIDECAR);
    if (!Files.isRegularFile(sidecar)) {
      return MetadataOverrides.NONE;
    }
    try {
      String text = Files.readString(sidecar, StandardCharsets.UTF_8);
      return MetadataOverrides.parse(source, fileName(sidecar), text, out);
    } catch (IOException e) {
      out.add(Diagnostic.warning(fileName(sidecar), 0, "sidecar cannot be read; ignored"));
      return MetadataOverrides.NONE;
    }
  }

  private static String fileName(Path p) {
    Path name = p.getFileName();
    return name == null ? p.toString() : name.toString();
  }

  static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
