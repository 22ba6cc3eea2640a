package org.refrain.analysis.reuse;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One reused passage across the corpus: every copy of it, ordered by date, with the earliest named
 * as its inferred source.
 *
 * @param id a stable id, "R1" for the family with the most letters
 * @param members its copies ordered by letter date (undated last), then corpus order, then
 *     position; at least two letters
 * @param representative the wording most copies share (ties: the earliest), the text to reuse
 * @param label boilerplate or substantive ({@link ReuseLabeler})
 * @param tiedSources other copies dated the same day as the first, from other letters: when not
 *     empty, the source cannot be told by date
 */
public record ReuseFamily(
    String id,
    List<ReusePassage> members,
    ReusePassage representative,
    ReuseLabel label,
    List<ReusePassage> tiedSources) {

  public ReuseFamily {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(representative, "representative");
    Objects.requireNonNull(label, "label");
    members = List.copyOf(members);
    tiedSources = List.copyOf(tiedSources);
    if (members.stream().map(m -> m.letter().id()).distinct().count() < 2) {
      throw new IllegalArgumentException(id + ": a family needs copies in two letters");
    }
    if (!members.contains(representative)) {
      throw new IllegalArgumentException(id + ": representative is not a member");
    }
  }

  /** The inferred source: the earliest copy. */
  public ReusePassage source() {
    return members.get(0);
  }

  /** The ids of the letters holding a copy, in member order. */
  public List<String> letters() {
    Set<String> ids = new LinkedHashSet<>();
    members.forEach(m -> ids.add(m.letter().id()));
    return List.copyOf(ids);
  }

  /** The date of the earliest dated copy. */
  public Optional<LocalDate> first() {
    return members.stream().map(ReuseFamily::date).filter(Objects::nonNull).findFirst();
  }

  /** The date of the latest dated copy. */
  public Optional<LocalDate> last() {
    return members.stream().map(ReuseFamily::date).filter(Objects::nonNull).reduce((a, b) -> b);
  }

  /** The representative's text. */
  public String text() {
    return representative.text();
  }

  static LocalDate date(ReusePassage passage) {
    return passage.letter().date() == null ? null : passage.letter().date().value();
  }
}
