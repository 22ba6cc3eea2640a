package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refrain index}, {@code search} and {@code draft} on the bundled corpus, as a user runs
 * them.
 */
class SearchCommandsTest {

  @TempDir Path cache;
  @TempDir Path work;

  private CliRun run(String... args) {
    return CliRun.realCached(cache, args);
  }

  private static Set<String> letters(JsonNode hits) {
    Set<String> out = new TreeSet<>();
    hits.forEach(h -> out.add(h.get("letter").asText()));
    return out;
  }

  @Test
  void searchBuildsTheIndexOnceThenAnswersFromIt() throws IOException {
    CliRun first = run("search", "kwanliso", "--json");
    JsonNode json = first.json();
    assertTrue(first.err().contains("refrain: index built: 6 letters added"), first.err());
    assertEquals(
        Set.of(
            "2020-10-14_unga75-and-eu_joint-letters#1", "2020-10-14_unga75-and-eu_joint-letters#2"),
        letters(json.get("hits")));
    assertEquals(2, json.get("letters").asInt());
    // Every passage found is counted in its year, and two letters hold them.
    long perYear = 0;
    for (JsonNode n : json.get("per_year")) {
      perYear += n.asLong();
    }
    assertEquals(json.get("total").asLong(), perYear);
    assertEquals(2, json.get("facets").get("year").get("2020").asInt());
    assertTrue(json.get("total").asInt() >= json.get("hits").size());
    JsonNode hit = json.get("hits").get(0);
    for (String field :
        new String[] {
          "letter", "source", "index", "date", "score", "text", "highlights", "family"
        }) {
      assertTrue(hit.has(field), field + " missing from " + hit);
    }
    JsonNode mark = hit.get("highlights").get(0);
    assertEquals(
        "kwanliso",
        hit.get("text").asText().substring(mark.get("start").asInt(), mark.get("end").asInt()));

    CliRun second = run("search", "\"prisoners of war\"", "--json");
    assertFalse(second.err().contains("index"), "the index was current: " + second.err());
    assertEquals(
        Set.of("2022-03-24_hrc49_letter-to-president-moon#1"), letters(second.json().get("hits")));
  }

  @Test
  void filtersTextAndCsv() throws IOException {
    JsonNode asking = run("search", "rights", "--demand", "non-refoulement:ask", "--json").json();
    assertFalse(asking.get("hits").isEmpty());
    assertEquals(
        asking.get("letters").asInt(),
        asking.get("facets").get("demand").get("non-refoulement").asInt());
    CliRun text = run("search", "kwanliso", "--year", "2020", "--limit", "1");
    assertEquals(ExitCode.OK, text.exitCode(), text.err());
    assertTrue(
        text.out().startsWith("kwanliso: 6 passages in 2 letters\nper year: 2020 6\n"), text.out());
    assertTrue(text.out().contains("[[kwanliso]]"), text.out());
    assertTrue(text.out().contains("(1 of 6 passages shown; --limit N for more)"), text.out());
    CliRun csv = run("search", "kwanliso", "--csv", "--venue", "UNGA 75");
    assertTrue(csv.out().startsWith("\"letter\",\"source\",\"index\",\"paragraph\","), csv.out());
    assertEquals(7, csv.out().lines().count());
    CliRun none = run("search", "kwanliso", "--addressee", "President Moon", "--json");
    assertEquals(0, none.json().get("total").asInt());
  }

  @Test
  void likeListsTheNearestLetters() {
    CliRun like = run("search", "--like", "unga75-and-eu_joint-letters#1");
    assertEquals(ExitCode.OK, like.exitCode(), like.err());
    assertTrue(
        like.out()
            .lines()
            .skip(1)
            .findFirst()
            .orElseThrow()
            .contains("unga75-and-eu_joint-letters#2"),
        like.out());
  }

  @Test
  void mistakesAreOneLine() {
    run("search", "AND (").assertOneLineError(ExitCode.USAGE, "cannot read the query 'AND ('");
    run("search", "x", "--demand", "no-such")
        .assertOneLineError(ExitCode.USAGE, "no demand 'no-such'");
    run("search", "x", "--demand", "death-penalty:maybe")
        .assertOneLineError(ExitCode.USAGE, "ask or mention");
    run("search", "x", "--from", "yesterday")
        .assertOneLineError(ExitCode.USAGE, "--from must be a date");
    run("search", "x", "--year", "2020", "--to", "2021-01-01")
        .assertOneLineError(ExitCode.USAGE, "not both");
    run("search").assertOneLineError(ExitCode.USAGE, "needs a QUERY");
    run("draft", work.resolve("missing.txt").toString())
        .assertOneLineError(ExitCode.NOTHING_READ, "no such file");
  }

  @Test
  void aDraftShowsItsReusedOpenerAndWhatItMisses() throws IOException {
    Path draft = work.resolve("draft.txt");
    Files.writeString(
        draft,
        "Dear President Moon Jae-in,\n\n"
            + "We are writing on behalf of 28 non\u00adgovernmental organizations and coalitions,"
            + " and four individuals from 6 different countries to urge your government to"
            + " engage fully with the international community, and act in response to the dire"
            + " human rights situation in the Democratic People\u2019s Republic of Korea (DPRK)"
            + " by resuming South Korea\u2019s co\u2011sponsorship of the annual resolution on"
            + " the matter at the\u00a052nd UN Human Rights Council.\n\n"
            + "\u2022 Farmers in remote provinces see their harvests requisitioned each autumn by"
            + " local officials, leaving households without seed grain for the spring.\n\n"
            + "Sincerely,\nCitizens' Alliance\n",
        StandardCharsets.UTF_8);
    JsonNode json = run("draft", draft.toString(), "--format", "json").json();
    JsonNode paragraphs = json.get("paragraphs");
    JsonNode opener = null;
    JsonNode fresh = null;
    for (JsonNode p : paragraphs) {
      if (p.get("text").asText().startsWith("We are writing")) {
        opener = p;
      } else if (p.get("text").asText().contains("Farmers")) {
        fresh = p;
      }
    }
    assertTrue(opener != null && fresh != null, paragraphs.toString());
    assertTrue(opener.get("reused").asBoolean(), opener.toString());
    assertEquals(
        "2022-03-24_hrc49_letter-to-president-moon#1",
        opener.get("matches").get(0).get("letter").asText());
    assertFalse(fresh.get("reused").asBoolean());
    assertEquals(0, fresh.get("matches").size());
    assertTrue(json.get("reused_share").asDouble() > 0.5, json.toString());
    Set<String> missing = new TreeSet<>();
    json.get("missing_demands").forEach(m -> missing.add(m.get("demand").asText()));
    assertTrue(missing.contains("accountability"), missing.toString());
    assertFalse(missing.contains("un-resolutions"), "the opener asks for the resolution");

    CliRun text = run("draft", draft.toString());
    assertTrue(text.out().contains("[-49th-]{+52nd+}"), text.out());
    // Each paragraph is headed alike in every format: its number, its kind and its share.
    String heading = "Paragraph 3: new, 0% of ";
    assertTrue(text.out().contains(heading), text.out());
    assertTrue(run("draft", draft.toString(), "--format", "md").out().contains("## " + heading));
    assertTrue(run("draft", draft.toString(), "--format", "html").out().contains(heading));
  }

  @Test
  void theDraftPageIsSelfContainedAndEscapesTheDraft() throws IOException {
    Path draft = work.resolve("hostile.md");
    Files.writeString(
        draft,
        "Dear President Moon Jae-in,\n\n"
            + "We urge you to close the <script>alert(1)</script> political prison camps"
            + " <img src=x onerror=alert(2)> now and release all political prisoners.\n\n"
            + "Sincerely,\nX\n",
        StandardCharsets.UTF_8);
    CliRun html = run("draft", draft.toString(), "--format", "html");
    assertEquals(ExitCode.OK, html.exitCode(), html.err());
    assertTrue(html.out().startsWith("<!DOCTYPE html>"), html.out());
    assertFalse(html.out().contains("<script>alert"), "the draft's markup ran");
    assertFalse(html.out().contains("<img src=x"), "the draft's markup ran");
    assertFalse(html.out().contains("<script"), "the draft page needs no script");
    assertFalse(html.out().matches("(?s).*(src|href)=\"https?:.*"), "the page loads nothing");
    assertTrue(html.out().contains("Asked for before, not in the draft"), html.out());
  }
}
