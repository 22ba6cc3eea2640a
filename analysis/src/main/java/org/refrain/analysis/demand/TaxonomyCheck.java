package org.refrain.analysis.demand;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refrain.analysis.annotate.Annotator;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterKind;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.SourceMap;
import org.refrain.corpus.Span;
import org.refrain.corpus.claim.ClaimCheck;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.lexicon.Lexicon;

/**
 * Runs a taxonomy's examples: each sentence is annotated as a one-paragraph letter and tagged with
 * the whole taxonomy, and must hold its demand (with the promised strength), or, for a
 * counter-example, must not.
 */
public final class TaxonomyCheck {

  /**
   * One example's outcome.
   *
   * @param demand the demand it belongs to
   * @param example the example
   * @param found the strength the demand was found with, or null when it was not found
   */
  public record Outcome(Demand demand, DemandExample example, Strength found) {
    public Outcome {
      Objects.requireNonNull(demand, "demand");
      Objects.requireNonNull(example, "example");
    }

    public boolean passed() {
      if (!example.tagged()) {
        return found == null;
      }
      return found != null && (example.strength() == null || example.strength() == found);
    }

    /** What went wrong, or "ok". */
    public String problem() {
      if (passed()) {
        return "ok";
      }
      if (!example.tagged()) {
        return "tagged (" + found.label() + ") but is a counter-example";
      }
      return found == null
          ? "not tagged"
          : "tagged " + found.label() + ", expected " + example.strength().label();
    }
  }

  private TaxonomyCheck() {}

  /** Every example's outcome, demand by demand in taxonomy order. */
  public static List<Outcome> run(Taxonomy taxonomy, Annotator annotator) {
    return run(taxonomy, annotator, Lexicon.bundled());
  }

  /** The same, with {@code lexicon}'s request verbs. */
  public static List<Outcome> run(Taxonomy taxonomy, Annotator annotator, Lexicon lexicon) {
    DemandTagger tagger = DemandTagger.of(taxonomy, lexicon);
    List<Outcome> outcomes = new ArrayList<>();
    for (Demand demand : taxonomy.demands()) {
      for (DemandExample example : demand.examples()) {
        LetterDemands tagged = tagger.tag(annotator.annotate(letter(example.text())));
        outcomes.add(new Outcome(demand, example, tagged.strength(demand.id())));
      }
    }
    return outcomes;
  }

  /** A letter whose body is the one paragraph {@code text}. */
  static Letter letter(String text) {
    String body = text.strip();
    return new Letter(
        "example#1",
        "example",
        1,
        LetterKind.LETTER,
        null,
        null,
        null,
        null,
        null,
        null,
        body,
        0,
        SourceMap.identity(body.length()),
        List.of(new Paragraph(Span.of(0, body.length()), body, false)),
        List.of(),
        Counts.NONE,
        null,
        Counts.NONE,
        new ClaimCheck(ClaimCheck.Status.NOT_CHECKABLE, "an example"));
  }
}
