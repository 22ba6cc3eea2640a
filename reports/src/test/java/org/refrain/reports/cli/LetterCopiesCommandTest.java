package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same letter posted on two sites (as text with its own date, and as an HTML page with another
 * preamble and a later posting date) is one letter in every command; {@code --keep-copies} reads it
 * once per file.
 */
class LetterCopiesCommandTest {

  private static final String BODY =
      """
      Excellencies,

      We, the undersigned 4 organisations, write to urge your delegations to renew the mandate of \
      the Special Rapporteur on the situation of human rights in Belarus at the 47th session of the \
      Human Rights Council.

      Since the elections of August 2020, more than thirty thousand people have been detained for \
      taking part in peaceful protests, and hundreds remain political prisoners today.

      We call on your delegations to support a resolution that renews the mandate for one year and \
      calls for the immediate release of all political prisoners.

      Sincerely,
      """;

  private static final String LIST =
      "Amnesty International, United Kingdom\nHuman Rights Watch, United States\n"
          + "Civil Rights Defenders, Sweden\nViasna Human Rights Centre, Belarus\n";

  @TempDir Path dir;

  @BeforeEach
  void writeBothCopies() throws Exception {
    Files.writeString(
        dir.resolve("coalition.txt"),
        "Posted on: 12 June 2021\n\nJoint letter on Belarus\n\n10 June 2021\n\n"
            + BODY
            + "\n"
            + LIST,
        StandardCharsets.UTF_8);
    StringBuilder html =
        new StringBuilder(
            "<html><body><nav><a href=\"/\">Home</a></nav><article><p>Published: 30 June"
                + " 2021</p><p>We are proud to have joined our partners in the appeal below,"
                + " which we reproduce in full for our readers.</p>");
    for (String paragraph : BODY.strip().split("\n\n")) {
      html.append("<p>").append(paragraph.replace("\n", " ")).append("</p>");
    }
    html.append("<ul>");
    for (String entry : LIST.strip().split("\n")) {
      html.append("<li>").append(entry).append("</li>");
    }
    html.append("</ul></article><footer><p>Share This</p></footer></body></html>");
    Files.writeString(dir.resolve("partner.html"), html, StandardCharsets.UTF_8);
  }

  @Test
  void lettersShowsTheLetterOnceWithBothSourcesAndItsOwnDate() throws Exception {
    CliRun run = CliRun.real("letters", "--json", dir.toString());
    JsonNode letters = run.json();
    assertEquals(1, letters.size(), run.out());
    JsonNode letter = letters.get(0);
    assertEquals("coalition#1", letter.get("id").asText());
    assertEquals("2021-06-10", letter.get("date").asText());
    assertEquals("stated", letter.get("date_source").asText());
    assertEquals(2, letter.get("sources").size());
    assertEquals("partner.html", letter.get("sources").get(1).asText());
    assertEquals("partner#1", letter.get("copies").get(0).get("id").asText());
    assertTrue(
        run.err().contains("coalition.txt: warning: letter #1 is also in other files"), run.err());
    CliRun table = CliRun.real("letters", "--csv", dir.toString());
    assertTrue(table.out().contains("\"coalition.txt; partner.html\""), table.out());
  }

  @Test
  void signatoriesCountTheLetterOnce() throws Exception {
    assertEquals(Set.of(1), letterCounts(CliRun.real("signatories", "--json", dir.toString())));
  }

  @Test
  void aCopysIdNamesTheLetterItWasMergedInto() {
    CliRun run = CliRun.real("signatories", "--letter", "partner#1", dir.toString());
    assertEquals(ExitCode.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("\"partner#1\" is a copy of letter coalition#1"), run.err());
  }

  @Test
  void keepCopiesReadsTheLetterOncePerFile() throws Exception {
    JsonNode letters = CliRun.real("letters", "--json", "--keep-copies", dir.toString()).json();
    assertEquals(2, letters.size());
    assertEquals(
        Set.of(2),
        letterCounts(CliRun.real("signatories", "--json", "--keep-copies", dir.toString())));
  }

  @Test
  void demandsTagTheLetterOnce() throws Exception {
    List<String> merged = demandLetters(CliRun.real("demands", "--json", dir.toString()));
    List<String> kept =
        demandLetters(CliRun.real("demands", "--json", "--keep-copies", dir.toString()));
    assertEquals(Set.of("coalition#1"), new HashSet<>(merged));
    assertEquals(Set.of("coalition#1", "partner#1"), new HashSet<>(kept));
  }

  /** A template sent again on another date is two letters, and reuse shows their shared text. */
  @Test
  void theSameTextOnTwoDatesIsTwoLettersInOneReuseFamily(@TempDir Path other) throws Exception {
    Files.writeString(
        other.resolve("june.txt"), "10 June 2021\n\n" + BODY + "\n" + LIST, StandardCharsets.UTF_8);
    Files.writeString(
        other.resolve("september.txt"),
        "14 September 2021\n\n" + BODY + "\n" + LIST,
        StandardCharsets.UTF_8);
    assertEquals(2, CliRun.real("letters", "--json", other.toString()).json().size());
    JsonNode families = CliRun.real("reuse", "--json", other.toString()).json();
    boolean both = false;
    for (JsonNode family : families) {
      Set<String> letters = new HashSet<>();
      family.get("members").forEach(m -> letters.add(m.get("letter").asText()));
      both |= letters.equals(Set.of("june#1", "september#1"));
    }
    assertTrue(both, families.toString());
  }

  private static Set<Integer> letterCounts(CliRun run) throws Exception {
    Set<Integer> counts = new HashSet<>();
    for (JsonNode entity : run.json()) {
      counts.add(entity.get("letters").size());
    }
    return counts;
  }

  private static List<String> demandLetters(CliRun run) throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode tag : run.json()) {
      ids.add(tag.get("letter").asText());
    }
    assertTrue(!ids.isEmpty(), run.out());
    return ids;
  }
}
