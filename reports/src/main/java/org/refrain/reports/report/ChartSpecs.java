package org.refrain.reports.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Small builders of the Vega-Lite specifications the report's charts share. */
final class ChartSpecs {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The categories of a demand cell, in legend order, and their colours. */
  static final List<String> STATUSES = List.of("ask", "mention", "absent");

  private static final List<String> STATUS_COLOURS = List.of("#b2182b", "#f4a582", "#f0f0f0");

  private ChartSpecs() {}

  /** A spec with a title, a width and the common look. */
  static ObjectNode base(String title, int height) {
    ObjectNode spec = NODES.objectNode();
    spec.put("$schema", "https://vega.github.io/schema/vega-lite/v6.json");
    spec.put("title", title);
    spec.put("width", "container");
    spec.put("height", height);
    ObjectNode config = spec.putObject("config");
    config.putObject("axis").put("labelLimit", 260).put("labelFontSize", 11);
    config.putObject("legend").put("orient", "bottom");
    config.putObject("view").put("stroke", (String) null);
    return spec;
  }

  static ObjectNode field(String field, String type, String title) {
    ObjectNode channel = NODES.objectNode();
    channel.put("field", field);
    channel.put("type", type);
    channel.put("title", title);
    return channel;
  }

  /** The order of a field's values given by another field ({@code order}). */
  static ObjectNode sortedBy(ObjectNode channel, String orderField) {
    channel.putObject("sort").put("field", orderField).put("op", "min");
    return channel;
  }

  static ArrayNode tooltip(String... fields) {
    ArrayNode tips = NODES.arrayNode();
    for (String f : fields) {
      tips.addObject().put("field", f);
    }
    return tips;
  }

  /** The ask / mention / absent colour scale of demand cells. */
  static ObjectNode statusColour(String field) {
    ObjectNode colour = field(field, "nominal", "Demand");
    ObjectNode scale = colour.putObject("scale");
    STATUSES.forEach(scale.putArray("domain")::add);
    STATUS_COLOURS.forEach(scale.putArray("range")::add);
    return colour;
  }

  static ObjectNode mark(String type) {
    ObjectNode mark = NODES.objectNode();
    mark.put("type", type);
    mark.put("cursor", "pointer");
    return mark;
  }
}
