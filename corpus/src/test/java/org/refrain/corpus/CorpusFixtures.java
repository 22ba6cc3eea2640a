package org.refrain.corpus;

import java.util.List;
import java.util.stream.Collectors;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/** Shared for corpus tests: the bundled corpus read once, and compact renderings of letters. */
final class CorpusFixtures {

  private static Corpus bundled;

  private CorpusFixtures() {}

  static synchronized Corpus bundled() {
    if (bundled == null) {
      bundled = CorpusReader.create().readBundled();
    }
    return bundled;
  }

  static Letter letter(Corpus corpus, String sourcePrefix, int index) {
    return corpus.letters().stream()
        .filter(l -> l.source().startsWith(sourcePrefix) && l.index() == index)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no letter " + sourcePrefix + " #" + index));
  }

  static long count(Letter l, SignatoryKind kind) {
    return l.signatories().stream().filter(m -> m.kind() == kind).count();
  }

  static SignatoryMention mention(Letter l, String rawContains) {
    List<SignatoryMention> found =
        l.signatories().stream().filter(m -> m.raw().contains(rawContains)).toList();
    if (found.isEmpty()) {
      throw new AssertionError("no mention with raw containing '" + rawContains + "' in " + l.id());
    }
    return found.get(0);
  }

  /** One block a letter: its metadata, then one line a signatory mention. */
  static String render(Corpus corpus) {
    StringBuilder sb = new StringBuilder();
    for (Letter l : corpus.letters()) {
      sb.append("== ").append(l.id()).append(" [").append(l.kind().label()).append("]\n");
      sb.append("title: ").append(l.title()).append('\n');
      sb.append("date: ")
          .append(
              l.date() == null
                  ? "null"
                  : l.date().iso()
                      + " "
                      + l.date().precision().label()
                      + " "
                      + l.date().source().label())
          .append('\n');
      sb.append("published: ").append(l.published()).append('\n');
      sb.append("addressee: ").append(l.addressee()).append('\n');
      sb.append("venue: ").append(l.venue() == null ? "null" : l.venue().label()).append('\n');
      sb.append("preamble: ").append(l.preamble() != null).append('\n');
      sb.append("paragraphs: ")
          .append(l.paragraphs().size())
          .append(" (items ")
          .append(l.paragraphs().stream().filter(Paragraph::item).count())
          .append(")")
          .append(", words: ")
          .append(l.words())
          .append('\n');
      for (Paragraph p : l.paragraphs()) {
        if (!p.isContent()) {
          sb.append(p.role().name().toLowerCase(java.util.Locale.ROOT))
              .append(": ")
              .append(p.text().length() <= 60 ? p.text() : p.text().substring(0, 60) + " ...")
              .append('\n');
        }
      }
      sb.append("claimed: ").append(l.claimed()).append('\n');
      sb.append("listed: ").append(l.listed()).append('\n');
      sb.append("check: ")
          .append(l.claimCheck().status().label())
          .append(" — ")
          .append(l.claimCheck().detail())
          .append('\n');
      for (SignatoryMention m : l.signatories()) {
        sb.append("  ")
            .append(m.kind() == SignatoryKind.PERSON ? "P " : "O ")
            .append(m.name())
            .append(" | ")
            .append(nullToDash(m.acronym()))
            .append(" | ")
            .append(nullToDash(m.country()))
            .append(" | ")
            .append(nullToDash(m.title()))
            .append(" | ")
            .append(nullToDash(m.affiliation()))
            .append('\n');
      }
    }
    sb.append("== diagnostics\n");
    sb.append(
        corpus.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    return sb.append('\n').toString();
  }

  private static String nullToDash(String s) {
    return s == null ? "-" : s;
  }
}
