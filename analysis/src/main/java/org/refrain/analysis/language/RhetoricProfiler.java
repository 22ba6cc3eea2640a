package org.refrain.analysis.language;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refrain.analysis.annotate.AnnotatedLetter;
import org.refrain.analysis.annotate.Token;
import org.refrain.corpus.Span;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Profiles the rhetoric of letters: matches the {@link RhetoricLexicon} sentence by sentence and
 * finds the people the corpus names ({@link PersonNames}), then lists the directive sentences.
 */
public final class RhetoricProfiler {

  private final RhetoricLexicon lexicon;
  private final Set<String> titles;

  private RhetoricProfiler(RhetoricLexicon lexicon, Set<String> titles) {
    this.lexicon = lexicon;
    this.titles = titles;
  }

  /** A profiler with the bundled lexicon. */
  public static RhetoricProfiler create() {
    return of(Lexicon.bundled());
  }

  /** A profiler with the rhetoric lexicon and titles of {@code lexicon}. */
  public static RhetoricProfiler of(Lexicon lexicon) {
    return new RhetoricProfiler(RhetoricLexicon.of(lexicon), WordList.titles(lexicon));
  }

  /** The profile of each letter, in the order given; names are learnt from all of them. */
  public List<RhetoricProfile> profile(List<AnnotatedLetter> letters) {
    PersonNames names = PersonNames.learn(letters, titles);
    List<RhetoricProfile> profiles = new ArrayList<>();
    for (AnnotatedLetter letter : letters) {
      profiles.add(profile(letter, names));
    }
    return profiles;
  }

  private RhetoricProfile profile(AnnotatedLetter letter, PersonNames names) {
    List<RhetoricMatch> matches = new ArrayList<>();
    for (RhetoricCategory category : RhetoricCategory.values()) {
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
    return new RhetoricProfile(letter, matches);
  }

  /**
   * True when a relative pronoun stands between the two offsets: in "We believe ... this
   * resolution, which calls for an update", the resolution asks, not we.
   */
  private static boolean relativeBetween(List<Token> tokens, int from, int to) {
    for (Token token : tokens) {
      if (token.span().start() >= from
          && token.span().end() <= to
          && RELATIVES.contains(token.norm())) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> RELATIVES = java.util.Set.of("which", "that", "who");

  /** The sentences of {@code profile} that hold a directive, in text order. */
  public static List<Directive> directives(RhetoricProfile profile) {
    Map<Integer, List<RhetoricMatch>> bySentence = new LinkedHashMap<>();
    for (RhetoricMatch match : profile.matches(RhetoricCategory.DIRECTIVE)) {
      bySentence.computeIfAbsent(match.sentence(), s -> new ArrayList<>()).add(match);
    }
    List<Directive> directives = new ArrayList<>();
    bySentence.forEach(
        (s, verbs) ->
            directives.add(
                new Directive(
                    profile.letter(),
                    s,
                    verbs.stream().map(RhetoricMatch::label).toList(),
                    voice(profile, s, verbs.get(0)))));
    return directives;
  }

  private static String voice(RhetoricProfile profile, int sentence, RhetoricMatch first) {
    List<Token> tokens = profile.letter().sentences().get(sentence).tokens();
    for (RhetoricMatch we : profile.matches(RhetoricCategory.WE)) {
      if (we.sentence() == sentence
          && we.span().start() < first.span().start()
          && !relativeBetween(tokens, we.span().end(), first.span().start())) {
        return "we";
      }
    }
    for (Token token : profile.letter().sentences().get(sentence).tokens()) {
      if (token.isWord() && !TermCounter.isNumber(token)) {
        return token.span().start() == first.span().start() ? "imperative" : "third-person";
      }
    }
    return "third-person";
  }
}
