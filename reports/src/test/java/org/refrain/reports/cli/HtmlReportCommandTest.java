package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refrain report}'s index.html on the sample letters plus one hostile letter: letter text is
 * escaped everywhere, chart data cannot close its script element, and the options that choose
 * letters and stamp the report do what they say.
 */
class HtmlReportCommandTest {

  private static final String HOSTILE = "2023-05-10_hostile-letter.txt";

  @TempDir static Path tmp;
  private static Path corpus;
  private static Document page;
  private static String html;

  @BeforeAll
  static void writeReport() throws IOException {
    corpus = tmp.resolve("letters");
    Files.createDirectories(corpus);
    try (var files = Files.list(Path.of("../corpus/letters"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    try (InputStream in =
        HtmlReportCommandTest.class.getResourceAsStream("/org/refrain/reports/html/" + HOSTILE)) {
      Files.copy(in, corpus.resolve(HOSTILE));
    }
    Path out = tmp.resolve("out");
    CliRun run = report(out.toString(), corpus.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    page = Jsoup.parse(html);
  }

  @Test
  void theHostileLetterIsReadAndShownAsText() {
    String text = page.body().text();
    assertTrue(text.contains("2023-05-10"), "the hostile letter is in the report");
    // Its title ("Joint letter to the Human Rights Council <script>...") names no addressee the
    // reader accepts (markup is no name), so the title shows nowhere; its body and list do.
    assertFalse(html.contains("<script>window.__refrainHostile=1"), "its title never as markup");
    assertTrue(
        text.contains("</script><script>window.__refrainHostile=3</script>"), "its body as text");
    assertTrue(text.contains("=HYPERLINK"), "its signatory as text");
  }

  @Test
  void onlyTheReportsOwnScriptsRun() throws IOException {
    // Two chart libraries and the page's own script; everything else is JSON data.
    List<Element> scripts = page.select("script");
    long code = scripts.stream().filter(s -> !s.attr("type").equals("application/json")).count();
    assertEquals(3, code, "scripts that run");
    for (Element s : page.select("script[type=application/json]")) {
      String data = s.data();
      assertFalse(data.contains("<"), "chart data escapes <: " + s.parent().id());
      assertTrue(new ObjectMapper().readTree(data).has("spec"), "chart data parses");
    }
    assertTrue(page.select("script[type=application/json]").size() >= 6, "charts");
  }

  @Test
  void thePagesPolicyLetsItsOwnScriptsRunAndNoOther() throws Exception {
    Element meta = page.selectFirst("head meta[http-equiv=Content-Security-Policy]");
    assertTrue(meta != null, "a policy in the page itself, for the file opened from disk");
    String policy = meta.attr("content");
    String scriptSrc = policy.replaceFirst("(?s).*script-src([^;]*);.*", "$1");
    assertFalse(scriptSrc.contains("unsafe-inline"), policy);
    assertTrue(policy.contains("default-src 'none'"), policy);
    List<String> hashes = new ArrayList<>();
    for (Element s : page.select("script:not([type=application/json])")) {
      hashes.add(
          "'sha256-"
              + Base64.getEncoder()
                  .encodeToString(
                      MessageDigest.getInstance("SHA-256")
                          .digest(s.data().getBytes(StandardCharsets.UTF_8)))
              + "'");
    }
    assertEquals(3, hashes.size(), "scripts that run");
    for (String hash : hashes) {
      assertTrue(scriptSrc.contains(hash), "the policy names " + hash);
    }
    assertEquals(hashes.size(), scriptSrc.split("'sha256-", -1).length - 1, "and no other");
    // The policy comes before anything it governs.
    assertTrue(html.indexOf("Content-Security-Policy") < html.indexOf("<script"), "first");
  }

  @Test
  void noElementCarriesAnEventHandlerOrAScriptLink() {
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertFalse(
            a.getKey().toLowerCase().startsWith("on"), "handler " + a + " on " + e.tagName());
        assertFalse(
            a.getValue().trim().toLowerCase().startsWith("javascript:"), "script link " + a);
      }
    }
    assertEquals(0, page.select("img, iframe, object, embed, b").size(), "no markup from letters");
  }

  @Test
  void theReportIsSelfContained() {
    assertEquals(0, page.select("link[href], script[src], img[src], iframe[src]").size());
    assertFalse(html.contains("https://cdn"), "no CDN");
    for (Element a : page.select("a[href]")) {
      String href = a.attr("href");
      assertTrue(
          href.startsWith("#") || href.matches("[a-z0-9-]+\\.csv"),
          "links stay in the report or its CSVs: " + href);
    }
  }

  @Test
  void everyLinkInsideTheReportHasATarget() {
    for (Element a : page.select("a[href^=#]")) {
      String id = a.attr("href").substring(1);
      assertFalse(page.select("[id=" + id + "]").isEmpty(), "target of " + a.outerHtml());
    }
  }

  @Test
  void everyChartMarkLinksToEvidenceInTheReport() throws IOException {
    int links = 0;
    for (Element s : page.select("script[type=application/json]")) {
      for (var record : new ObjectMapper().readTree(s.data()).get("data")) {
        String link = record.path("link").isTextual() ? record.get("link").asText() : "";
        if (!link.isEmpty()) {
          links++;
          assertFalse(page.select("[id=" + link.substring(1) + "]").isEmpty(), "target " + link);
        }
      }
    }
    assertTrue(links > 50, "chart marks with links: " + links);
  }

  @Test
  void lettersAreShownByLabelWithTheIdOnHover() {
    Element first = page.selectFirst("#table-letters tbody tr td");
    assertTrue(first.text().matches("\\d{4}-\\d{2}-\\d{2} · .+"), first.text());
    assertTrue(first.attr("title").contains("#"), "the id on hover: " + first.attr("title"));
  }

  @Test
  void lettersAreChosenByDateAndId(@TempDir Path out) throws IOException {
    CliRun run = report(out.toString(), "--from", "2022", "--to", "2024-03", corpus.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    String letters = Files.readString(out.resolve("letters.csv"), StandardCharsets.UTF_8);
    assertEquals(4, letters.lines().count(), letters); // 2022, 2023 (hostile), 2024 and header
    assertTrue(
        Jsoup.parse(out.resolve("index.html").toFile())
            .text()
            .contains("dated from 2022 to 2024-03"));
    CliRun one = report(out.toString(), "--letters", "hrc49", corpus.toString());
    assertEquals(ExitCode.OK, one.exitCode(), one.err());
    assertEquals(
        2, Files.readString(out.resolve("letters.csv"), StandardCharsets.UTF_8).lines().count());
  }

  @Test
  void undatedLettersHaveEveryChapterButNoTimeline(@TempDir Path dir) throws IOException {
    String letter =
        "Dear Minister,\nWe urge you to close the political prison camps and to release all"
            + " political prisoners held in North Korea without delay.\nWe call on your government"
            + " to support the resolution at the Human Rights Council.\nSincerely,\nHuman Rights"
            + " Watch\nAmnesty International\n";
    Files.writeString(dir.resolve("a.txt"), letter);
    Files.writeString(dir.resolve("b.txt"), letter.replace("Minister", "Ambassador"));
    Path out = dir.resolve("out");
    CliRun run = report(out.toString(), dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Document undated = Jsoup.parse(out.resolve("index.html").toFile());
    assertEquals(
        List.of("summary", "letters", "demands", "language", "reuse", "signatories", "quality"),
        undated.select("section.chapter").eachAttr("id"));
    assertTrue(undated.select("#chart-timeline").isEmpty(), "no timeline without dates");
    assertTrue(undated.text().contains("none (2 undated)"), "the dates say so");
  }

  @Test
  void theReportIsTheSameWhateverTheMachinesLocale(@TempDir Path dir) throws IOException {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.GERMANY);
      CliRun german = report(dir.resolve("de").toString());
      assertEquals(ExitCode.OK, german.exitCode(), german.err());
    } finally {
      java.util.Locale.setDefault(before);
    }
    CliRun english = report(dir.resolve("en").toString());
    assertEquals(ExitCode.OK, english.exitCode(), english.err());
    assertEquals(
        Files.readString(dir.resolve("en/index.html")),
        Files.readString(dir.resolve("de/index.html")),
        "index.html under a German default locale");
  }

  @Test
  void everyLinkHasATargetPastTheRowsATableEmbeds(@TempDir Path dir) throws IOException {
    // More letters than a table embeds (200), so links to letters past it must not dangle.
    String[] venues = {"Human Rights Council", "General Assembly"};
    String[] months = {"January", "March", "June", "September", "November"};
    for (int i = 0; i < 230; i++) {
      String letter =
          String.format(
              java.util.Locale.ROOT,
              "%s %d, %d%nDear Ambassador %s,%nWe are writing on behalf of %d organizations to urge"
                  + " your government to support the resolution on North Korea at the %s, and to"
                  + " close the political prison camps where thousands are held in case %d.%nWe"
                  + " call on the %s to ensure accountability for crimes against humanity and to"
                  + " renew the mandate of the Special Rapporteur.%nSincerely,%nHuman Rights Watch"
                  + "%nOrganisation %d%nOrganisation %d%n",
              months[i % months.length],
              1 + i % 27,
              2010 + i % 14,
              "Name" + (i % 17),
              3,
              venues[i % 2],
              i,
              venues[(i + 1) % 2],
              i % 40,
              (i + 7) % 40);
      Files.writeString(dir.resolve(String.format(java.util.Locale.ROOT, "l%03d.txt", i)), letter);
    }
    Path out = dir.resolve("out");
    CliRun run = report(out.toString(), dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Document big = Jsoup.parse(out.resolve("index.html").toFile());
    assertTrue(
        Jsoup.parse(Files.readString(out.resolve("letters.csv"))).text().length() > 0
            && Files.readAllLines(out.resolve("letters.csv")).size() > 200,
        "more letters than a table embeds");
    for (Element a : big.select("a[href^=#]")) {
      assertFalse(big.select("[id=" + a.attr("href").substring(1) + "]").isEmpty(), a.outerHtml());
    }
    int links = 0;
    for (Element s : big.select("script[type=application/json]")) {
      for (var record : new ObjectMapper().readTree(s.data()).get("data")) {
        if (record.path("link").isTextual()) {
          links++;
          String id = record.get("link").asText().substring(1);
          assertFalse(big.select("[id=" + id + "]").isEmpty(), "chart link #" + id);
        }
      }
    }
    assertTrue(links > 230, "chart links followed: " + links);
  }

  @Test
  void aBadDateIsOneLine(@TempDir Path out) {
    CliRun run = report(out.toString(), "--from", "March");
    assertEquals(ExitCode.USAGE, run.exitCode());
    assertEquals(
        "refrain: --from March is not a date: give YYYY, YYYY-MM or YYYY-MM-DD", run.err().strip());
    assertFalse(Files.exists(out.resolve("index.html")));
  }

  @Test
  void theTitleIsTheUsersAndOnlyAStampedReportHoldsATime(@TempDir Path out) throws IOException {
    CliRun run =
        report(out.toString(), "--title", "Korea letters <i>", "--stamp", "--letters", "hrc49");
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    Document stamped = Jsoup.parse(out.resolve("index.html").toFile());
    assertEquals("Korea letters <i>", stamped.title());
    assertEquals("Korea letters <i>", stamped.selectFirst("h1").text());
    assertTrue(stamped.select(".provenance dt").eachText().contains("Made"));
    assertFalse(page.select(".provenance dt").eachText().contains("Made"));
    assertNotEquals(-1, html.indexOf("Refrain report"));
  }

  /** {@code refrain report --no-cache -q --out OUT} and the arguments given. */
  private static CliRun report(String out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(List.of("report", "--no-cache", "-q", "--out", out));
    args.addAll(List.of(more));
    return CliRun.real(args.toArray(String[]::new));
  }
}
