package org.refrain.analysis.coalition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refrain.analysis.SampleLetters;
import org.refrain.analysis.sequence.ChangeScope;
import org.refrain.analysis.signatory.SignatoryEntity;
import org.refrain.corpus.Letter;

/**
 * The core coalition of the hand corpus in {@link CoalitionTest}: A 2 letters, B 2, C 3, D 2, E 1,
 * F 1.
 */
class CoreCoalitionTest {

  @Test
  void membersSignedAtLeastKLetters() {
    Coalition c = CoalitionTest.handCoalition();
    assertEquals(
        List.of("C", "A", "B", "D"), CoalitionTest.codes(CoreCoalition.of(c, 2).members()));
    assertEquals(List.of("C"), CoalitionTest.codes(CoreCoalition.of(c, 3).members()));
    assertEquals(List.of(), CoreCoalition.of(c, 4).members());
    assertEquals(6, CoreCoalition.of(c, 1).members().size());
  }

  @Test
  void retentionRowsPerLetter() {
    CoreCoalition core = CoreCoalition.of(CoalitionTest.handCoalition(), 2);
    List<CoreCoalition.Retention> rows = core.retention();
    assertEquals(
        List.of("l1#1", "l2#1", "l3#1", "l4#1"), rows.stream().map(r -> r.letter().id()).toList());
    row(rows.get(0), 3, 3, 0, 0);
    row(rows.get(1), 3, 3, 3, 2);
    row(rows.get(2), 3, 2, 3, 1);
    row(rows.get(3), 2, 1, 3, 0);
    assertEquals(0.0, rows.get(0).retainedShare());
    assertEquals(2 / 3.0, rows.get(1).retainedShare(), 1e-12);
    assertEquals(1 / 3.0, rows.get(2).retainedShare(), 1e-12);
    assertEquals(0.0, rows.get(3).retainedShare());
    assertEquals(3 / 4.0, core.coreShare(rows.get(0)), 1e-12);
    assertEquals(2 / 4.0, core.coreShare(rows.get(2)), 1e-12);
    assertEquals(1 / 4.0, core.coreShare(rows.get(3)), 1e-12);
  }

  private static void row(
      CoreCoalition.Retention row, int signers, int core, int previous, int retained) {
    String id = row.letter().id();
    assertEquals(signers, row.signers(), id + " signers");
    assertEquals(core, row.core(), id + " core");
    assertEquals(previous, row.previous(), id + " previous");
    assertEquals(retained, row.retained(), id + " retained");
  }

  @Test
  void anEmptyCoreHasShareZero() {
    CoreCoalition core = CoreCoalition.of(CoalitionTest.handCoalition(), 4);
    for (CoreCoalition.Retention row : core.retention()) {
      assertEquals(0, row.core());
      assertEquals(0.0, core.coreShare(row));
    }
    assertEquals(2, core.retention().get(1).retained());
  }

  @Test
  void defaultKIsHalfTheLettersRoundedUpAtLeastTwo() {
    assertEquals(2, CoreCoalition.defaultK(CoalitionTest.handCoalition()));
    assertEquals(3, CoreCoalition.defaultK(CoalitionTest.sampleCoalition()));
    Letter one = org.refrain.analysis.HandLetters.letter("one#1").org("X").build();
    assertEquals(
        2,
        CoreCoalition.defaultK(
            Coalition.of(
                org.refrain.analysis.signatory.SignatoryResolver.create().resolve(List.of(one)))));
  }

  @Test
  void kBelowOneIsRejected() {
    Coalition c = CoalitionTest.handCoalition();
    assertThrows(IllegalArgumentException.class, () -> CoreCoalition.of(c, 0));
    assertThrows(IllegalArgumentException.class, () -> new CoreCoalition(-1, List.of(), List.of()));
  }

  @Test
  void sampleRetainedCountsAreTheConsecutiveStayers() {
    Coalition c = CoalitionTest.sampleCoalition();
    int k = CoreCoalition.defaultK(c);
    CoreCoalition core = CoreCoalition.of(c, k);
    List<CoalitionChange> all =
        CoalitionChanges.of(c).stream().filter(ch -> ch.scope() == ChangeScope.ALL).toList();
    List<CoreCoalition.Retention> rows = core.retention();
    assertEquals(c.letters().size(), rows.size());
    for (int i = 1; i < rows.size(); i++) {
      assertEquals(
          all.get(i - 1).stayed().size(), rows.get(i).retained(), rows.get(i).letter().id());
      assertEquals(c.signers(rows.get(i - 1).letter()).size(), rows.get(i).previous());
    }
    for (CoreCoalition.Retention row : rows) {
      assertEquals(c.signers(row.letter()).size(), row.signers());
      long inCore = c.signers(row.letter()).stream().filter(core.members()::contains).count();
      assertEquals(inCore, row.core());
    }
    for (SignatoryEntity member : core.members()) {
      assertEquals(true, member.letterCount() >= k, member.id());
    }
    assertEquals(
        c.resolution().entities().stream().filter(e -> e.letterCount() >= k).count(),
        core.members().size());
    // The two joint letters of 14 October 2020 have one list: all retained.
    assertEquals(37, rows.get(3).retained());
    assertEquals(1.0, rows.get(3).retainedShare());
    assertEquals(SampleLetters.EU_2020, rows.get(3).letter().id());
  }
}
