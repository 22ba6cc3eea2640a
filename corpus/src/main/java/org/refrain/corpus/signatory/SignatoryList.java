package org.refrain.corpus.signatory;

import java.util.List;
import java.util.Objects;
import org.refrain.corpus.Diagnostic;

/**
 * What a signatory list parse read: the mentions in list order and what it noticed on the way
 * (lines it could not read, countries with no entry).
 *
 * @param mentions the signatory mentions, in the order the list gives them
 * @param diagnostics warnings about the list, bounded in number
 */
public record SignatoryList(List<SignatoryMention> mentions, List<Diagnostic> diagnostics) {

  public SignatoryList {
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
  }

  /** How many mentions are of {@code kind}. */
  public int count(SignatoryKind kind) {
    return (int) mentions.stream().filter(m -> m.kind() == kind).count();
  }
}
