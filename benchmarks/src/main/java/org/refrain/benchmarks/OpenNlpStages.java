package org.refrain.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.refrain.analysis.annotate.EnglishModels;
import org.refrain.analysis.annotate.LemmaMemo;
import org.refrain.analysis.annotate.SentenceSplitter;
import org.refrain.corpus.Letter;
import org.refrain.corpus.Paragraph;

/**
 * The stages of annotation run one at a time with OpenNLP's own components on the shared models,
 * each over the previous stage's output, so each is timed alone; and the bare
 * detector-tokenizer-tagger pass that annotation is compared with. Each call builds its own {@code
 * *ME} components, as they are not thread-safe.
 */
final class OpenNlpStages {

  private final EnglishModels models;

  OpenNlpStages(EnglishModels models) {
    this.models = models;
  }

  /** Every paragraph's sentences, by the raw detector. */
  List<String> sentences(List<String> paragraphs) {
    SentenceDetectorME detector = new SentenceDetectorME(models.sentence());
    List<String> sentences = new ArrayList<>();
    for (String paragraph : paragraphs) {
      for (Span span : detector.sentPosDetect(paragraph)) {
        sentences.add(paragraph.substring(span.getStart(), span.getEnd()));
      }
    }
    return sentences;
  }

  /** How many sentences the annotator's splitter (the detector and its repairs) finds. */
  long splitterSentences(List<String> paragraphs) {
    SentenceSplitter splitter = SentenceSplitter.create();
    long sentences = 0;
    for (String paragraph : paragraphs) {
      sentences += splitter.split(paragraph).size();
    }
    return sentences;
  }

  /** Every sentence's tokens. */
  List<String[]> tokens(List<String> sentences) {
    TokenizerME tokenizer = new TokenizerME(models.tokens());
    List<String[]> tokens = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      tokens.add(tokenizer.tokenize(sentence));
    }
    return tokens;
  }

  /** Every tokenised sentence's part-of-speech tags. */
  List<String[]> tags(List<String[]> tokens) {
    POSTaggerME tagger = new POSTaggerME(models.pos());
    List<String[]> tags = new ArrayList<>(tokens.size());
    for (String[] sentence : tokens) {
      tags.add(tagger.tag(sentence));
    }
    return tags;
  }

  /** Lemmatises every sentence in context, unmemoised; returns the tokens lemmatised. */
  long lemmatizeInContext(TaggedSentences sentences) {
    LemmatizerME lemmatizer = new LemmatizerME(models.lemmas());
    long tokens = 0;
    for (int i = 0; i < sentences.tokens().size(); i++) {
      tokens += lemmatizer.lemmatize(sentences.tokens().get(i), sentences.tags().get(i)).length;
    }
    return tokens;
  }

  /**
   * Lemmatises every sentence through a fresh memo whose misses go through {@code LemmatizerME}'s
   * beam search: the memo as first built, kept to show what asking the model directly saves.
   */
  LemmaMemo lemmatizeMemoisedBeam(TaggedSentences sentences) {
    return fill(new LemmaMemo(new LemmatizerME(models.lemmas())), sentences);
  }

  /**
   * Lemmatises every sentence through a fresh memo as the annotator builds it ({@link
   * LemmaMemo#of}: misses ask the model greedily), so filling it is timed too.
   */
  LemmaMemo lemmatizeMemoised(TaggedSentences sentences) {
    return fill(LemmaMemo.of(models.lemmas()), sentences);
  }

  private static LemmaMemo fill(LemmaMemo memo, TaggedSentences sentences) {
    for (int i = 0; i < sentences.tokens().size(); i++) {
      memo.lemmatize(sentences.tokens().get(i), sentences.tags().get(i));
    }
    return memo;
  }

  /**
   * The bare pass: every paragraph's sentences by the detector, each tokenised and tagged, letter
   * by letter on {@code threads} threads as the annotator divides work; returns the tokens tagged.
   */
  long tokenizeAndTag(List<Letter> letters, int threads) {
    if (threads == 1) {
      BareTagger tagger = new BareTagger(models);
      return letters.stream().mapToLong(tagger::tag).sum();
    }
    ThreadLocal<BareTagger> taggers = ThreadLocal.withInitial(() -> new BareTagger(models));
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> letters.parallelStream().mapToLong(l -> taggers.get().tag(l)).sum())
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Sentences of tokens and tags, with each sentence's size. */
  static TaggedSentences tagged(
      List<String> sentences, List<String[]> tokens, List<String[]> tags) {
    List<Integer> bytes = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      bytes.add(sentence.getBytes(StandardCharsets.UTF_8).length);
    }
    return new TaggedSentences(tokens, tags, bytes);
  }

  /** One thread's detector, tokenizer and tagger. */
  private static final class BareTagger {
    private final SentenceDetectorME detector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    BareTagger(EnglishModels models) {
      detector = new SentenceDetectorME(models.sentence());
      tokenizer = new TokenizerME(models.tokens());
      tagger = new POSTaggerME(models.pos());
    }

    long tag(Letter letter) {
      long tokens = 0;
      for (Paragraph paragraph : letter.paragraphs()) {
        String text = paragraph.text();
        for (Span s : detector.sentPosDetect(text)) {
          String sentence = text.substring(s.getStart(), s.getEnd());
          Span[] positions = tokenizer.tokenizePos(sentence);
          String[] words = new String[positions.length];
          for (int i = 0; i < positions.length; i++) {
            words[i] = sentence.substring(positions[i].getStart(), positions[i].getEnd());
          }
          tokens += tagger.tag(words).length;
        }
      }
      return tokens;
    }
  }
}
