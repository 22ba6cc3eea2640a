package org.refrain.reports.table;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.refrain.analysis.language.Directive;
import org.refrain.analysis.language.RhetoricCategory;
import org.refrain.analysis.language.RhetoricProfile;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Rhetoric tables. The profile: {@code letter, source, index, date, words}, then for each category
 * (directive, modal, we, hedge, mechanism, person) its count and rate per 1,000 words, then the
 * mechanisms and people named, each with its count ("Commission of Inquiry (4); OHCHR (1)"). The
 * directives: one row per sentence that makes an ask, with its verbs, voice, span and text.
 */
public final class RhetoricTable {

  private RhetoricTable() {}

  public static Table profiles(List<RhetoricProfile> profiles) {
    LetterColumns letter = new LetterColumns();
    IntColumn words = IntColumn.create("words");
    Map<RhetoricCategory, IntColumn> counts = new EnumMap<>(RhetoricCategory.class);
    Map<RhetoricCategory, DoubleColumn> rates = new EnumMap<>(RhetoricCategory.class);
    Object[] parts = new Object[2 + 2 * RhetoricCategory.values().length + 2];
    parts[0] = letter.columns();
    parts[1] = words;
    int i = 2;
    for (RhetoricCategory category : RhetoricCategory.values()) {
      counts.put(category, IntColumn.create(category.label()));
      rates.put(category, DoubleColumn.create(category.label() + "_per_1000"));
      parts[i++] = counts.get(category);
      parts[i++] = rates.get(category);
    }
    StringColumn mechanisms = StringColumn.create("mechanisms_named");
    StringColumn people = StringColumn.create("people_named");
    parts[i++] = mechanisms;
    parts[i] = people;
    for (RhetoricProfile profile : profiles) {
      letter.append(profile.letter().letter());
      words.append(profile.words());
      for (RhetoricCategory category : RhetoricCategory.values()) {
        counts.get(category).append(profile.count(category));
        rates.get(category).append(Cells.round(profile.perThousand(category), 2));
      }
      mechanisms.append(named(profile.labels(RhetoricCategory.MECHANISM)));
      people.append(named(profile.labels(RhetoricCategory.PERSON)));
    }
    return Tables.of("rhetoric", parts);
  }

  public static Table directives(List<RhetoricProfile> profiles) {
    LetterColumns letter = new LetterColumns();
    IntColumn sentence = IntColumn.create("sentence");
    IntColumn start = IntColumn.create("start");
    IntColumn end = IntColumn.create("end");
    StringColumn verbs = StringColumn.create("verbs");
    StringColumn voice = StringColumn.create("voice");
    StringColumn text = StringColumn.create("text");
    for (RhetoricProfile profile : profiles) {
      for (Directive directive : profile.directives()) {
        letter.append(profile.letter().letter());
        sentence.append(directive.sentence() + 1);
        start.append(directive.annotatedSentence().span().start());
        end.append(directive.annotatedSentence().span().end());
        verbs.append(String.join("; ", directive.verbs()));
        voice.append(directive.voice().label());
        text.append(Cells.oneLine(directive.text()));
      }
    }
    return Tables.of("directives", letter.columns(), sentence, start, end, verbs, voice, text);
  }

  /** "Commission of Inquiry (4); OHCHR (1)", in order of first appearance. */
  private static String named(Map<String, Integer> labels) {
    return labels.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining("; "));
  }
}
