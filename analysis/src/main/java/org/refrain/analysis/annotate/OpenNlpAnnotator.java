package org.refrain.analysis.annotate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import opennlp.tools.postag.POSTagger;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Version;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.Span;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * The annotator: OpenNLP sentence detection (with {@link SentenceSplitter}'s repairs), tokenisation
 * (with {@link TokenRepair}'s), part-of-speech tagging and lemmatisation (memoised by {@link
 * LemmaMemo}), paragraph by paragraph. The models are shared; each component is OpenNLP's
 * thread-safe wrapper, which keeps one instance per thread, so one annotator serves every thread.
 */
public final class OpenNlpAnnotator implements Annotator {

  /**
   * Bump when the annotation changes for the same text and models: this class, {@link TokenRepair},
   * {@link LemmaMemo}, {@link SentenceSplitter}'s code (its rules file is hashed into the version
   * already) or {@link AnnotationCodec}. Part of the cache key, so cached annotations are redone.
   */
  private static final int FORMAT = 5;

  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;
  private final POSTagger tagger;
  private final LemmaMemo lemmas;
  private final String version;

  private OpenNlpAnnotator(EnglishModels models, Lexicon lexicon) {
    this.splitter = SentenceSplitter.create(lexicon);
    this.tokenizer = new ThreadSafeTokenizerME(models.tokens());
    this.tagger = new ThreadSafePOSTaggerME(models.pos());
    this.lemmas = LemmaMemo.of(models.lemmas());
    this.version =
        "refrain-annotate "
            + FORMAT
            + "; opennlp "
            + Version.currentVersion()
            + "; "
            + models.names()
            + "; abbreviations "
            + sha256(splitter.rules()).substring(0, 16);
  }

  /** An annotator on the shared English models. */
  public static OpenNlpAnnotator create() {
    return new OpenNlpAnnotator(EnglishModels.shared(), Lexicon.bundled());
  }

  /**
   * The annotator for {@code lexicon}: the {@link #shared} one, unless the lexicon replaces {@code
   * abbreviations.txt}; then one splitting sentences by those (and cached under another version).
   */
  public static OpenNlpAnnotator of(Lexicon lexicon) {
    return lexicon.overrides("abbreviations.txt")
        ? new OpenNlpAnnotator(EnglishModels.shared(), lexicon)
        : shared();
  }

  /**
   * The process's annotator, created on first use: one lemma memo for every caller, so a query
   * parsed after the corpus reuses the lemmas the corpus filled in.
   */
  public static OpenNlpAnnotator shared() {
    return Shared.ANNOTATOR;
  }

  private static final class Shared {
    static final OpenNlpAnnotator ANNOTATOR = create();
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public AnnotatedLetter annotate(Letter letter) {
    List<Sentence> sentences = new ArrayList<>();
    List<Paragraph> paragraphs = letter.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph paragraph = paragraphs.get(p);
      int base = paragraph.span().start();
      for (Span local : splitter.split(paragraph.text())) {
        sentences.add(sentence(paragraph.text(), local, base, p));
      }
    }
    return new AnnotatedLetter(letter, sentences);
  }

  @Override
  public List<Token> tokens(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return List.of();
    }
    int start = text.indexOf(trimmed);
    return sentence(text, Span.of(start, start + trimmed.length()), 0, 0).tokens();
  }

  private Sentence sentence(String paragraph, Span local, int base, int index) {
    String text = local.in(paragraph);
    List<Span> positions = TokenRepair.repair(text, tokenizer.tokenizePos(text));
    String[] words = new String[positions.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = positions.get(i).in(text);
    }
    String[] tags = tagger.tag(words);
    String[] lemma = lemmas.lemmatize(words, tags);
    int offset = base + local.start();
    List<Token> tokens = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      Span span = positions.get(i).shift(offset);
      tokens.add(new Token(span, words[i], tags[i], lemma[i]));
    }
    return new Sentence(local.shift(base), index, tokens);
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
