package org.refrain.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The outline of an HTML report as text, for golden tests: its title and provenance, the summary
 * (numbers and sentences, with where each points), then every chapter with its headings, charts and
 * tables (id and rows). Scripts and styles are left out, so a golden copy shows what a reader
 * reads, and changes only when that does.
 */
public final class HtmlOutline {

  private HtmlOutline() {}

  public static String of(String html) {
    Document page = Jsoup.parse(html);
    List<String> lines = new ArrayList<>();
    lines.add("title: " + page.title());
    for (Element dt : page.select(".provenance dt")) {
      lines.add("made: " + dt.text() + ": " + dt.nextElementSibling().text());
    }
    for (Element dt : page.select("dl.numbers dt")) {
      lines.add("number: " + dt.text() + ": " + dt.nextElementSibling().text());
    }
    for (Element li : page.select("ol.findings > li")) {
      Element evidence = li.selectFirst("a.evidence");
      lines.add(
          "finding: "
              + li.ownText().strip()
              + (evidence == null ? "" : " -> " + evidence.attr("href")));
    }
    for (Element p : page.select("#summary > p.muted")) {
      lines.add("note: " + p.text());
    }
    for (Element section : page.select("section.chapter")) {
      lines.add("");
      lines.add("section #" + section.id() + ": " + section.selectFirst("h2").text());
      for (Element block : section.select("figure.chart, div.table-block, div.text-block")) {
        if (block.tagName().equals("figure")) {
          lines.add("  chart #" + block.id() + ": " + block.selectFirst("h3").text());
        } else if (block.parents().stream().noneMatch(e -> e.tagName().equals("figure"))) {
          int rows = block.select("table.data > tbody > tr").size();
          lines.add(
              "  "
                  + (block.hasClass("table-block") ? "table" : "text")
                  + " #"
                  + block.id()
                  + ": "
                  + block.selectFirst("h3").text()
                  + (block.hasClass("table-block") ? " (" + rows + " rows)" : ""));
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
