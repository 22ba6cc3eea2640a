package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.refrain.analysis.demand.DemandHit;
import org.refrain.analysis.demand.DemandTag;
import org.refrain.analysis.demand.Evidence;

/**
 * Demand tags as JSON: an array with one record per tagged (letter, demand), letters in date order
 * and demands in taxonomy order: {@code letter}, {@code source}, {@code index}, {@code date},
 * {@code demand}, {@code label}, {@code strength} ({@code ask|mention}) and {@code evidence}, each
 * sentence with {@code text}, {@code start}, {@code end} (offsets in the letter text, as in {@code
 * refrain letters --json}), its own {@code strength}, the {@code ask_cue} ({@code {"rule",
 * "words"}} or null) and the {@code matches} ({@code [{"pattern", "start", "end"}]}).
 */
public final class DemandJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DemandJson() {}

  public static String tags(List<DemandTag> tags) {
    ArrayNode root = NODES.arrayNode();
    for (DemandTag tag : tags) {
      ObjectNode node = root.addObject();
      node.put("letter", tag.letter().id());
      node.put("source", tag.letter().source());
      node.put("index", tag.letter().index());
      node.put("date", tag.letter().date() == null ? null : tag.letter().date().iso());
      node.put("demand", tag.demand().id());
      node.put("label", tag.demand().label());
      node.put("strength", tag.strength().label());
      ArrayNode evidence = node.putArray("evidence");
      for (Evidence e : tag.evidence()) {
        evidence.add(evidence(e));
      }
    }
    return write(root);
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode node = NODES.objectNode();
    node.put("text", e.text());
    node.put("start", e.span().start());
    node.put("end", e.span().end());
    node.put("strength", e.strength().label());
    if (e.cue() == null) {
      node.putNull("ask_cue");
    } else {
      ObjectNode cue = node.putObject("ask_cue");
      cue.put("rule", e.cue().reason().label());
      cue.put("words", e.cue().words());
      cue.put("start", e.cue().span().start());
      cue.put("end", e.cue().span().end());
    }
    ArrayNode matches = node.putArray("matches");
    for (DemandHit hit : e.hits()) {
      ObjectNode match = matches.addObject();
      match.put("pattern", hit.pattern());
      match.put("start", hit.span().start());
      match.put("end", hit.span().end());
    }
    return node;
  }

  private static String write(JsonNode root) {
    try {
      return new ObjectMapper().writer(LetterJson.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write demands as JSON", e);
    }
  }
}
