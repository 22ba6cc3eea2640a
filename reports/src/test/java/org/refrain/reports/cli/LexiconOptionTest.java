package org.refrain.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lexicon DIR} on every command: lists replaced by name, and one-line errors. */
class LexiconOptionTest {

  @TempDir Path cache;
  @TempDir Path lexicon;

  @Test
  void aListInTheDirectoryReplacesTheBundledOne() throws Exception {
    write("rhetoric.tsv", "# only one hedge\nhedge\tkorea\tkorea\n");
    JsonNode profiles =
        CliRun.realCached(cache, "rhetoric", "--json", "--lexicon", lexicon.toString()).json();
    int hedges = 0;
    for (JsonNode profile : profiles) {
      hedges += profile.get("hedge").asInt();
      assertEquals(0, profile.get("mechanism").asInt(), profile.toString());
    }
    assertTrue(hedges > 10, profiles.toString());
  }

  @Test
  void everyCommandTakesTheOption() throws Exception {
    write("stopwords.txt", "the\n");
    for (String command : new String[] {"letters", "taxonomy", "signatories"}) {
      CliRun run = CliRun.real(command, "--lexicon", lexicon.toString());
      assertEquals(ExitCode.OK, run.exitCode(), command + ": " + run.err());
    }
    for (String command : new String[] {"terms", "demands", "reuse"}) {
      CliRun run = CliRun.realCached(cache, command, "--lexicon", lexicon.toString());
      assertEquals(ExitCode.OK, run.exitCode(), command + ": " + run.err());
    }
  }

  @Test
  void anEntryThatDoesNotParseIsOneLineNamingFileAndLine() throws Exception {
    write("rhetoric.tsv", "hedge\tmay\tmay\nhedge\tmight\n");
    CliRun run = CliRun.realCached(cache, "rhetoric", "--lexicon", lexicon.toString());
    run.assertOneLineError(
        ExitCode.USAGE,
        "refrain: " + lexicon.resolve("rhetoric.tsv") + ":2: expected 3 tab-separated fields");
  }

  @Test
  void aMisspeltListOrAMissingDirectoryIsAUsageError() throws Exception {
    write("stopword.txt", "the\n");
    CliRun.realCached(cache, "terms", "--lexicon", lexicon.toString())
        .assertOneLineError(
            ExitCode.USAGE, lexicon.resolve("stopword.txt") + ": no word list has this name");
    CliRun.real("letters", "--lexicon", lexicon.resolve("nowhere").toString())
        .assertOneLineError(ExitCode.USAGE, "--lexicon " + lexicon.resolve("nowhere"));
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(lexicon.resolve(name), text, StandardCharsets.UTF_8);
  }
}
