package org.refrain.reports.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.refrain.corpus.Letter;

/**
 * Finds the letter a user names on the command line: by its exact id, by the id of a copy merged
 * into it, or by a part of its id that names exactly one letter (with a warning saying which), else
 * a one-line usage error.
 */
final class LetterIds {

  private LetterIds() {}

  static Letter find(List<Letter> letters, String id, PrintWriter err) {
    for (Letter letter : letters) {
      if (letter.id().equals(id)) {
        return letter;
      }
    }
    for (Letter letter : letters) {
      if (letter.copies().stream().anyMatch(c -> c.id().equals(id))) {
        err.println(
            "refrain: warning: \""
                + id
                + "\" is a copy of letter "
                + letter.id()
                + " (the same letter in another file, read once); taken as it");
        return letter;
      }
    }
    List<Letter> near =
        letters.stream()
            .filter(l -> l.id().toLowerCase(Locale.ROOT).contains(id.toLowerCase(Locale.ROOT)))
            .toList();
    if (near.size() == 1) {
      err.println("refrain: warning: \"" + id + "\" taken as letter " + near.get(0).id());
      return near.get(0);
    }
    throw new UserError(
        ExitCode.USAGE,
        "no letter "
            + id
            + (near.isEmpty() ? "" : " (" + near.size() + " letters match it in part)")
            + "; `refrain letters` lists the ids");
  }
}
