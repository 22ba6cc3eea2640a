package org.refrain.benchmarks.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.refrain.corpus.Letter;
import org.refrain.corpus.signatory.SignatoryKind;
import org.refrain.corpus.signatory.SignatoryMention;

/**
 * Picks the signatories of a synthetic letter from those of the samples, as real coalitions sign
 * letter after letter, and replaces a share of them (the name share) by invented organisations
 * ("Talovin Network") and people, so a large corpus also has many signatories met only a few times.
 * Organisations are listed before people, as in the samples.
 */
final class SignatoryPicker {

  private static final int MIN = 10;
  private static final int MAX = 60;

  private final List<SignatoryMention> pool;
  private final WordInventor inventor;
  private final double nameShare;

  private SignatoryPicker(List<SignatoryMention> pool, WordInventor inventor, double nameShare) {
    this.pool = pool;
    this.inventor = inventor;
    this.nameShare = nameShare;
  }

  /** A picker from the signatories of {@code samples}, one per distinct name. */
  static SignatoryPicker of(List<Letter> samples, WordInventor inventor, double nameShare) {
    Map<String, SignatoryMention> byName = new LinkedHashMap<>();
    for (Letter letter : samples) {
      for (SignatoryMention m : letter.signatories()) {
        byName.putIfAbsent(m.name(), m);
      }
    }
    return new SignatoryPicker(List.copyOf(byName.values()), inventor, nameShare);
  }

  /** Between 10 and 60 signatories (fewer when the samples have fewer), organisations first. */
  List<SignatoryEntry> pick(SplittableRandom random) {
    int count = Math.min(pool.size(), random.nextInt(MIN, MAX + 1));
    int[] order = new int[pool.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    List<SignatoryEntry> organizations = new ArrayList<>();
    List<SignatoryEntry> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // A partial Fisher-Yates shuffle: the first count places are a uniform sample.
      int j = random.nextInt(i, order.length);
      int chosen = order[j];
      order[j] = order[i];
      order[i] = chosen;
      SignatoryEntry entry = entry(pool.get(chosen), random);
      (entry.kind() == SignatoryKind.PERSON ? people : organizations).add(entry);
    }
    organizations.addAll(people);
    return organizations;
  }

  private SignatoryEntry entry(SignatoryMention sample, SplittableRandom random) {
    String role = sample.title() != null ? sample.title() : sample.affiliation();
    if (random.nextDouble() >= nameShare) {
      return SignatoryEntry.of(
          sample.name(), sample.kind(), sample.acronym(), sample.country(), role);
    }
    if (sample.kind() == SignatoryKind.PERSON) {
      String name = inventor.name(random) + " " + inventor.name(random);
      return SignatoryEntry.of(name, SignatoryKind.PERSON, null, null, role);
    }
    String name = inventor.name(random) + " " + lastWord(sample.name());
    return SignatoryEntry.of(name, SignatoryKind.ORGANIZATION, null, sample.country(), null);
  }

  /** "Association" of "Korean War POW Family Association": what says it is an organisation. */
  private static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }
}
