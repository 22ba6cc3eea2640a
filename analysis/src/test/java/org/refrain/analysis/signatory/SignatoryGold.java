package org.refrain.analysis.signatory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A hand-made gold clustering of signatory mentions ({@code letter,index,name,entity[,note]}) and
 * the pairwise score of a resolution against it: over every pair of mentions, precision is the
 * share of pairs put in one entity that the gold puts together, recall the share of gold pairs put
 * in one entity.
 */
final class SignatoryGold {

  /** One gold row. */
  record Row(String letter, int index, String name, String entity) {
    String key() {
      return letter + "#" + index;
    }
  }

  final List<Row> rows;

  private SignatoryGold(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  static SignatoryGold load(String resource) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = SignatoryGold.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setCommentMarker('#')
              .setHeader()
              .setSkipHeaderRecord(true)
              .get();
      for (CSVRecord r : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        rows.add(
            new Row(
                r.get("letter"), Integer.parseInt(r.get("index")), r.get("name"), r.get("entity")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SignatoryGold(rows);
  }

  static SignatoryGold of(List<Row> rows) {
    return new SignatoryGold(rows);
  }

  /** Pairwise counts of {@code resolution} against this gold. */
  Score score(SignatoryResolution resolution) {
    Map<String, String> predicted = new LinkedHashMap<>();
    for (Row row : rows) {
      SignatoryEntity entity = resolution.entityOf(row.letter(), row.index());
      if (entity == null) {
        throw new AssertionError("no entity for gold mention " + row.key() + " " + row.name());
      }
      predicted.put(row.key(), entity.id());
    }
    long both = 0;
    long goldPairs = 0;
    long predictedPairs = 0;
    List<String> falseMerges = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      for (int j = i + 1; j < rows.size(); j++) {
        Row a = rows.get(i);
        Row b = rows.get(j);
        boolean gold = a.entity().equals(b.entity());
        boolean pred = predicted.get(a.key()).equals(predicted.get(b.key()));
        goldPairs += gold ? 1 : 0;
        predictedPairs += pred ? 1 : 0;
        both += gold && pred ? 1 : 0;
        if (pred && !gold) {
          falseMerges.add(a.name() + " ~ " + b.name());
        } else if (gold && !pred) {
          missed.add(a.name() + " ~ " + b.name());
        }
      }
    }
    return new Score(both, goldPairs, predictedPairs, falseMerges, missed);
  }

  /** Pairwise agreement, with the pairs that disagree. */
  record Score(
      long both, long gold, long predicted, List<String> falseMerges, List<String> missed) {
    double precision() {
      return predicted == 0 ? 1 : (double) both / predicted;
    }

    double recall() {
      return gold == 0 ? 1 : (double) both / gold;
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "precision %.3f (%d/%d), recall %.3f (%d/%d); false merges %s; missed %s",
          precision(),
          both,
          predicted,
          recall(),
          both,
          gold,
          falseMerges.stream().distinct().limit(10).toList(),
          missed.stream().distinct().limit(10).toList());
    }
  }
}
