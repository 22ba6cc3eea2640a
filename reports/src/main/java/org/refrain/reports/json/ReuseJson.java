package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.refrain.analysis.reuse.DiffSegment;
import org.refrain.analysis.reuse.LetterComparison;
import org.refrain.analysis.reuse.ParagraphMatch;
import org.refrain.analysis.reuse.ReuseFamily;
import org.refrain.analysis.reuse.ReusePassage;
import org.refrain.analysis.reuse.ReuseText;
import org.refrain.corpus.Letter;

/**
 * Reuse as JSON: an array of family records, {@code [{"id", "text", "members": [{"letter",
 * "source", "index", "start", "end", "text", "date"}], "label", "letters", "first", "last",
 * "source", "tied_with"}]} (an array of records, as every command's {@code --json}), and a
 * two-letter comparison with its rows and segments.
 */
public final class ReuseJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReuseJson() {}

  public static String families(List<ReuseFamily> families) {
    ArrayNode array = NODES.arrayNode();
    for (ReuseFamily family : families) {
      ObjectNode node = array.addObject();
      node.put("id", family.id());
      node.put("text", family.text());
      ArrayNode members = node.putArray("members");
      for (ReusePassage copy : family.members()) {
        ObjectNode member = members.addObject();
        letter(member, copy.letter());
        member.put("start", copy.span().start());
        member.put("end", copy.span().end());
        member.put("text", copy.text());
        member.put("date", copy.letter().date() == null ? null : copy.letter().date().iso());
      }
      node.put("label", family.label().label());
      node.put("letters", family.letters().size());
      node.put("first", family.first().map(Object::toString).orElse(null));
      node.put("last", family.last().map(Object::toString).orElse(null));
      node.put("source", family.source().letter().id());
      ArrayNode tied = node.putArray("tied_with");
      family.tiedSources().stream().map(p -> p.letter().id()).distinct().forEach(tied::add);
    }
    return write(array);
  }

  public static String comparison(LetterComparison comparison) {
    ObjectNode root = NODES.objectNode();
    root.set("a", side(comparison.a(), comparison.sharedA(), comparison.shareA()));
    root.set("b", side(comparison.b(), comparison.sharedB(), comparison.shareB()));
    ArrayNode rows = root.putArray("paragraphs");
    for (ParagraphMatch row : comparison.rows()) {
      ObjectNode node = rows.addObject();
      node.put("kind", row.kind().label());
      if (row.a() >= 0) {
        node.put("a", row.a() + 1);
      } else {
        node.putNull("a");
      }
      if (row.b() >= 0) {
        node.put("b", row.b() + 1);
      } else {
        node.putNull("b");
      }
      node.put("similarity", Math.round(row.similarity() * 1000) / 1000.0);
      node.set("diff", diff(row.diff()));
    }
    return write(root);
  }

  /**
   * Diff segments as {@code [{"op": "same|inserted|deleted", "text"} | {"op": "changed", "from",
   * "to"}]}.
   */
  public static ArrayNode diff(List<DiffSegment> segments) {
    ArrayNode out = NODES.arrayNode();
    for (DiffSegment segment : segments) {
      ObjectNode s = out.addObject();
      if (segment instanceof DiffSegment.Same same) {
        s.put("op", "same").put("text", same.text());
      } else if (segment instanceof DiffSegment.Inserted inserted) {
        s.put("op", "inserted").put("text", inserted.text());
      } else if (segment instanceof DiffSegment.Deleted deleted) {
        s.put("op", "deleted").put("text", deleted.text());
      } else if (segment instanceof DiffSegment.Changed changed) {
        s.put("op", "changed").put("from", changed.from()).put("to", changed.to());
      }
    }
    return out;
  }

  private static ObjectNode side(ReuseText text, int shared, double share) {
    ObjectNode node = NODES.objectNode();
    letter(node, text.letter());
    node.put("words", text.letter().words());
    node.put("shared_words", shared);
    node.put("share", Math.round(share * 1000) / 1000.0);
    return node;
  }

  private static void letter(ObjectNode node, Letter letter) {
    node.put("letter", letter.id());
    node.put("source", letter.source());
    node.put("index", letter.index());
  }

  private static String write(com.fasterxml.jackson.databind.JsonNode root) {
    try {
      return new ObjectMapper().writer(LetterJson.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write reuse as JSON", e);
    }
  }
}
