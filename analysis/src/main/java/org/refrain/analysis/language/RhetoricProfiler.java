package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Token;
import org.refrain.analysis.demand.AskDetector;
import org.refrain.analysis.demand.LetterAsks;
import org.refrain.analysis.demand.Request;
import org.refrain.analysis.demand.RequestVerbs;
import org.refrain.analysis.demand.SentenceAsk;
import org.refrain.analysis.demand.Taxonomy;
import org.refrain.corpus.Span;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Profiles the rhetoric of letters: the directives are the request verbs the one {@link
 * AskDetector} finds (so a directive here is a request there, with the same voice); the other
 * categories are matches of the {@link RhetoricLexicon}, sentence by sentence, and the people the
 * corpus names ({@link PersonNames}).
 */
public final class RhetoricProfiler {

  private final RhetoricLexicon lexicon;
  private final Set<String> titles;
  private final AskDetector asks;

  private RhetoricProfiler(RhetoricLexicon lexicon, Set<String> titles, AskDetector asks) {
    this.lexicon = lexicon;
    this.titles = titles;
    this.asks = asks;
  }

  /** A profiler with the bundled lexicon. */
  public static RhetoricProfiler create() {
    return of(Lexicon.bundled());
  }

  /**
   * A profiler with the rhetoric lexicon, titles and request verbs of {@code lexicon} (the request
   * verbs' voices need none of the taxonomy's other cues).
   */
  public static RhetoricProfiler of(Lexicon lexicon) {
    return new RhetoricProfiler(
        RhetoricLexicon.of(lexicon),
        WordList.titles(lexicon),
        AskDetector.of(Taxonomy.bundled().asks(), RequestVerbs.of(lexicon)));
  }

  /** The profile of each letter, in the order given; names are learnt from all of them. */
  public List<RhetoricProfile> profile(List<AnnotatedLetter> letters) {
    return profile(letters, letters.stream().map(asks::find).toList());
  }

  /**
   * The profile of each letter, in the order given, with its directives read from {@code asks} (one
   * per letter, in the same order, as an {@link AskDetector} found them).
   */
  public List<RhetoricProfile> profile(List<AnnotatedLetter> letters, List<LetterAsks> asks) {
    if (asks.size() != letters.size()) {
      throw new IllegalArgumentException(asks.size() + " asks for " + letters.size() + " letters");
    }
    PersonNames names = PersonNames.learn(letters, titles);
    List<RhetoricProfile> profiles = new ArrayList<>();
    for (int i = 0; i < letters.size(); i++) {
      profiles.add(profile(letters.get(i), names, asks.get(i)));
    }
    return profiles;
  }

  private RhetoricProfile profile(AnnotatedLetter letter, PersonNames names, LetterAsks asks) {
    List<RhetoricMatch> matches = new ArrayList<>();
    for (RhetoricCategory category : RhetoricCategory.values()) {
      if (category == RhetoricCategory.DIRECTIVE) {
        for (SentenceAsk sentence : asks.sentences()) {
          for (Request request : sentence.requests()) {
            matches.add(
                new RhetoricMatch(category, request.verb(), request.span(), sentence.sentence()));
          }
        }
        continue;
      }
      for (int s = 0; s < letter.sentences().size(); s++) {
        List<Token> tokens = letter.sentences().get(s).tokens();
        List<RhetoricLexicon.Hit> hits =
            category == RhetoricCategory.PERSON
                ? names.find(tokens)
                : lexicon.find(category, tokens);
        for (RhetoricLexicon.Hit hit : hits) {
          Span span =
              Span.of(
                  tokens.get(hit.start()).span().start(), tokens.get(hit.end() - 1).span().end());
          // A person is labelled as written ("Moon Jae-in"), the lexicon's features by name.
          String label =
              category == RhetoricCategory.PERSON
                  ? Concordancer.collapse(span.in(letter.letter().text()))
                  : hit.label();
          matches.add(new RhetoricMatch(category, label, span, s));
        }
      }
    }
    return new RhetoricProfile(letter, matches, directives(letter, asks));
  }

  /** The sentences holding a request verb, with the verbs and the voice of the first. */
  private static List<Directive> directives(AnnotatedLetter letter, LetterAsks asks) {
    List<Directive> directives = new ArrayList<>();
    for (SentenceAsk sentence : asks.sentences()) {
      List<Request> requests = sentence.requests();
      if (!requests.isEmpty()) {
        directives.add(
            new Directive(
                letter,
                sentence.sentence(),
                requests.stream().map(Request::verb).toList(),
                requests.get(0).voice()));
      }
    }
    return directives;
  }
}
