package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.refrain.corpus.Letter;
import org.refrain.corpus.LetterCopy;
import org.refrain.corpus.Paragraph;
import org.refrain.corpus.claim.Counts;
import org.refrain.corpus.metadata.LetterDate;
import org.refrain.corpus.metadata.Venue;
import org.refrain.corpus.signatory.SignatoryMention;
import org.refrain.reports.LetterOrder;

/**
 * Writes letters as the JSON array of {@code refrain letters --json}. The field order of a letter
 * record is: {@code id, letter, source, sources, index, kind, title, date, date_precision,
 * date_source, published, addressee, venue, preamble, paragraphs, words, signatories, claimed,
 * claim_evidence, listed, claim_check, copies}; {@code letter} repeats {@code id} so that the
 * record names its letter the way every other JSON record does. {@code sources} is every file the
 * letter was read from ({@code source} first); {@code copies} holds, for the same letter read from
 * other files, each copy's {@code id, source, index, date, date_source, published}.
 */
public final class LetterJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = new ObjectMapper().writer(prettyPrinter());

  private LetterJson() {}

  /** The letters, ordered by id, as a pretty-printed JSON array ending with a line break. */
  public static String write(List<Letter> letters) {
    ArrayNode array = NODES.arrayNode();
    letters.stream().sorted(LetterOrder.BY_ID).map(LetterJson::toNode).forEach(array::add);
    try {
      return WRITER.writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write letters as JSON", e);
    }
  }

  /** One letter record, fields in contract order, nulls kept. */
  public static ObjectNode toNode(Letter letter) {
    ObjectNode node = NODES.objectNode();
    node.put("id", letter.id());
    node.put("letter", letter.id());
    node.put("source", letter.source());
    ArrayNode sources = node.putArray("sources");
    letter.sources().forEach(sources::add);
    node.put("index", letter.index());
    node.put("kind", letter.kind().label());
    node.put("title", letter.title());
    LetterDate date = letter.date();
    node.put("date", date == null ? null : date.iso());
    node.put("date_precision", date == null ? null : date.precision().label());
    node.put("date_source", date == null ? null : date.source().label());
    node.put("published", letter.published() == null ? null : letter.published().toString());
    node.put("addressee", letter.addressee());
    node.set("venue", venue(letter.venue()));
    node.put("preamble", letter.preamble());
    ArrayNode paragraphs = node.putArray("paragraphs");
    for (Paragraph paragraph : letter.paragraphs()) {
      paragraphs.add(paragraph.text());
    }
    node.put("words", letter.words());
    ArrayNode signatories = node.putArray("signatories");
    for (SignatoryMention mention : letter.signatories()) {
      signatories.add(signatory(mention));
    }
    node.set("claimed", counts(letter.claimed()));
    node.put("claim_evidence", letter.claimEvidence());
    node.set("listed", counts(letter.listed()));
    ObjectNode check = node.putObject("claim_check");
    check.put("status", letter.claimCheck().status().label());
    check.put("detail", letter.claimCheck().detail());
    ArrayNode copies = node.putArray("copies");
    for (LetterCopy copy : letter.copies()) {
      copies.add(copy(copy));
    }
    return node;
  }

  private static ObjectNode copy(LetterCopy copy) {
    ObjectNode node = NODES.objectNode();
    node.put("id", copy.id());
    node.put("source", copy.source());
    node.put("index", copy.index());
    LetterDate date = copy.date();
    node.put("date", date == null ? null : date.iso());
    node.put("date_source", date == null ? null : date.source().label());
    node.put("published", copy.published() == null ? null : copy.published().toString());
    return node;
  }

  private static ObjectNode venue(Venue venue) {
    if (venue == null) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    node.put("body", venue.body());
    node.put("session", venue.session());
    node.put("inferred", venue.inferred());
    return node;
  }

  private static ObjectNode signatory(SignatoryMention mention) {
    ObjectNode node = NODES.objectNode();
    node.put("raw", mention.raw());
    node.put("name", mention.name());
    node.put("kind", mention.kind().label());
    node.put("acronym", mention.acronym());
    node.put("country", mention.country());
    node.put("title", mention.title());
    node.put("affiliation", mention.affiliation());
    return node;
  }

  private static ObjectNode counts(Counts counts) {
    ObjectNode node = NODES.objectNode();
    node.put("organizations", counts.organizations());
    node.put("individuals", counts.individuals());
    node.put("total", counts.total());
    node.put("countries", counts.countries());
    if (counts.atLeast()) {
      node.put("at_least", true); // "over 300 groups": each stated count is a least value
    }
    return node;
  }

  /** Two-space indents, one value per line, {@code "key": value}, {@code \n} on every platform. */
  static DefaultPrettyPrinter prettyPrinter() {
    return prettyPrinter(0);
  }

  /**
   * The same, for a value written apart that will sit {@code nesting} levels deep in a larger
   * document: every line after its first is indented as that many more levels.
   */
  static DefaultPrettyPrinter prettyPrinter(int nesting) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n" + "  ".repeat(nesting));
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
