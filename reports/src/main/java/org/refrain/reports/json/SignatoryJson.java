package org.refrain.reports.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.refrain.analysis.signatory.CountryCount;
import org.refrain.analysis.signatory.MentionRef;
import org.refrain.analysis.signatory.Merge;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;

/**
 * Resolved signatories as JSON: an array with one record per entity, most letters first: {@code
 * id}, {@code name}, {@code kind}, {@code acronym}, {@code country}, {@code countries} ({@code
 * [{"country", "letters"}]}, more than one is a conflict), {@code aliases}, {@code letters} (ids in
 * date order), {@code first} and {@code last} (dates), {@code mentions} ({@code [{"letter",
 * "source", "index", "position", "raw", "name"}]}: the letter's id, file and index in its file as
 * in {@code refrain letters --json}, the mention's position in that letter's {@code signatories}
 * from 0, and {@code raw} exactly as there) and {@code merges} ({@code [{"a", "b", "rule", "score",
 * "detail"}]}).
 */
public final class SignatoryJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SignatoryJson() {}

  public static String entities(List<SignatoryEntity> entities) {
    ArrayNode root = NODES.arrayNode();
    for (SignatoryEntity e : entities) {
      ObjectNode node = root.addObject();
      node.put("id", e.id());
      node.put("name", e.name());
      node.put("kind", e.kind().label());
      node.put("acronym", e.acronym());
      node.put("country", e.country());
      ArrayNode countries = node.putArray("countries");
      for (CountryCount c : e.countries()) {
        ObjectNode country = countries.addObject();
        country.put("country", c.country());
        c.letters().forEach(country.putArray("letters")::add);
      }
      e.aliases().forEach(node.putArray("aliases")::add);
      ArrayNode letters = node.putArray("letters");
      for (Letter l : e.letters()) {
        letters.add(l.id());
      }
      node.put("first", e.first().date() == null ? null : e.first().date().iso());
      node.put("last", e.last().date() == null ? null : e.last().date().iso());
      ArrayNode mentions = node.putArray("mentions");
      for (MentionRef m : e.mentions()) {
        ObjectNode mention = mentions.addObject();
        mention.put("letter", m.letter().id());
        mention.put("source", m.letter().source());
        mention.put("index", m.letter().index());
        mention.put("position", m.position());
        mention.put("raw", m.raw());
        mention.put("name", m.mention().name());
      }
      ArrayNode merges = node.putArray("merges");
      for (Merge m : e.merges()) {
        ObjectNode merge = merges.addObject();
        merge.put("a", m.a());
        merge.put("b", m.b());
        merge.put("rule", m.match().rule().label());
        merge.put("score", m.match().score());
        merge.put("detail", m.match().detail());
      }
    }
    try {
      return new ObjectMapper().writer(LetterJson.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException("cannot write signatories as JSON", ex);
    }
  }
}
