package org.refrain.analysis.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English sentence, token, part-of-speech and lemma models, read from the model jars on
 * the classpath (no download, no files on disk) once per process. Model objects are immutable and
 * shared by every thread; the {@code *ME} components built on them are not, see {@link
 * OpenNlpAnnotator}.
 *
 * @param sentence the sentence detector model
 * @param tokens the tokenizer model
 * @param pos the part-of-speech model (Universal Dependencies tags)
 * @param lemmas the lemmatizer model
 * @param names the resource names, which carry the models' versions
 */
public record EnglishModels(
    SentenceModel sentence,
    TokenizerModel tokens,
    POSModel pos,
    LemmatizerModel lemmas,
    String names) {

  private static final String LIST = "models.properties";

  /** The models, loaded on first use and shared afterwards. */
  public static EnglishModels shared() {
    return Holder.MODELS;
  }

  private static final class Holder {
    static final EnglishModels MODELS = load();
  }

  private static EnglishModels load() {
    Properties list = new Properties();
    try (InputStream in = EnglishModels.class.getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + LIST);
      }
      list.load(in);
      String sentence = list.getProperty("sentence");
      String tokens = list.getProperty("tokens");
      String pos = list.getProperty("pos");
      String lemmas = list.getProperty("lemmas");
      return new EnglishModels(
          new SentenceModel(open(sentence)),
          new TokenizerModel(open(tokens)),
          new POSModel(open(pos)),
          new LemmatizerModel(open(lemmas)),
          String.join(",", sentence, tokens, pos, lemmas));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the OpenNLP English models", e);
    }
  }

  /** A model from the root of its jar; the model constructors close the stream. */
  private static InputStream open(String name) {
    InputStream in = EnglishModels.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "OpenNLP model " + name + " is not on the classpath (opennlp-models-*-en jars)");
    }
    return in;
  }
}
