package org.refrain.analysis.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk index of a corpus, brought up to date with it by {@link #update}: documents of new or
 * changed letters (by {@link IndexedLetter#key()}) are added, those of letters no longer in the
 * corpus deleted, the rest kept; passages whose reuse family changed get the new one in place (doc
 * values updates, no re-analysis). One commit ends an update, stamped with the {@link
 * IndexFields#SCHEMA} and the caller's fingerprint of what the index was made from: until then
 * readers see the last commit, and a crash or kill leaves it usable. An index of another schema is
 * built again from nothing. Lucene's write lock keeps a second writer out.
 */
public final class CorpusIndex {

  /**
   * What an update did.
   *
   * @param added letters indexed (new or changed)
   * @param removed letters whose documents were deleted (gone or changed)
   * @param kept letters left as they were
   * @param familiesUpdated passages whose family was changed in place
   * @param rebuilt true when the index was made from nothing (new, or another schema)
   */
  public record Update(int added, int removed, int kept, int familiesUpdated, boolean rebuilt) {}

  private CorpusIndex() {}

  /** The fingerprint the index at {@code directory} was committed with, if it is one of ours. */
  public static Optional<String> fingerprint(Path directory) {
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (Directory dir = FSDirectory.open(directory)) {
      if (!DirectoryReader.indexExists(dir)) {
        return Optional.empty();
      }
      Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
      if (!IndexFields.SCHEMA.equals(data.get(IndexFields.COMMIT_SCHEMA))) {
        return Optional.empty();
      }
      return Optional.ofNullable(data.get(IndexFields.COMMIT_FINGERPRINT));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Brings the index at {@code directory} (created if needed) up to date with {@code letters} and
   * commits, stamping {@code fingerprint}.
   *
   * @throws IndexBusyException when another process holds the index's write lock
   */
  public static Update update(Path directory, List<IndexedLetter> letters, String fingerprint)
      throws IOException {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Files.createDirectories(directory);
    try (Directory dir = FSDirectory.open(directory)) {
      boolean rebuild = !sameSchema(dir);
      IndexWriterConfig config = new IndexWriterConfig(new PassageAnalyzer());
      config.setOpenMode(
          rebuild
              ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false); // only an explicit, complete update is ever committed
      IndexWriter writer;
      try {
        writer = new IndexWriter(dir, config);
      } catch (LockObtainFailedException e) {
        throw new IndexBusyException(directory);
      }
      try (writer) {
        Update update = update(writer, letters, rebuild);
        Map<String, String> data = new LinkedHashMap<>();
        data.put(IndexFields.COMMIT_SCHEMA, IndexFields.SCHEMA);
        data.put(IndexFields.COMMIT_FINGERPRINT, fingerprint);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        return update;
      } catch (IOException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    }
  }

  private static boolean sameSchema(Directory dir) throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return false;
    }
    try {
      return IndexFields.SCHEMA.equals(
          SegmentInfos.readLatestCommit(dir).getUserData().get(IndexFields.COMMIT_SCHEMA));
    } catch (IOException | RuntimeException e) {
      return false; // unreadable: built again
    }
  }

  private static Update update(IndexWriter writer, List<IndexedLetter> letters, boolean rebuilt)
      throws IOException {
    Map<String, IndexedLetter> wanted = new LinkedHashMap<>();
    for (IndexedLetter letter : letters) {
      wanted.put(letter.key(), letter);
    }
    Set<String> present = new HashSet<>();
    Map<String, String> families = new HashMap<>(); // passage id -> family id as stored
    Map<String, Long> counts = new HashMap<>();
    if (!rebuilt) {
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        read(reader, present, families, counts);
      }
    }
    int removed = 0;
    for (String key : present) {
      if (!wanted.containsKey(key)) {
        writer.deleteDocuments(new Term(IndexFields.KEY, key));
        removed++;
      }
    }
    LetterDocuments documents = new LetterDocuments(IndexFields.facets());
    int added = 0;
    int familiesUpdated = 0;
    for (Map.Entry<String, IndexedLetter> e : wanted.entrySet()) {
      String key = e.getKey();
      IndexedLetter letter = e.getValue();
      if (!present.contains(key)) {
        writer.addDocuments(documents.of(letter));
        added++;
        continue;
      }
      int paragraphs = letter.letter().paragraphs().size();
      for (int i = 0; i < paragraphs; i++) {
        String pid = key + "#" + i;
        IndexedLetter.Family family = letter.families().get(i);
        String id = family == null ? "" : family.id();
        long count = LetterDocuments.familyValue(family);
        if (!id.equals(families.getOrDefault(pid, "")) || count != counts.getOrDefault(pid, 0L)) {
          writer.updateDocValues(
              new Term(IndexFields.PASSAGE_ID, pid),
              new BinaryDocValuesField(IndexFields.FAMILY, new BytesRef(id)),
              new NumericDocValuesField(IndexFields.FAMILY_LETTERS, count));
          familiesUpdated++;
        }
      }
    }
    int kept = wanted.size() - added;
    return new Update(added, removed, kept, familiesUpdated, rebuilt);
  }

  /** The keys of the letters indexed, and each passage's family as stored. */
  private static void read(
      DirectoryReader reader,
      Set<String> keys,
      Map<String, String> families,
      Map<String, Long> counts)
      throws IOException {
    Set<String> fields = Set.of(IndexFields.KEY, IndexFields.PARAGRAPH);
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      BinaryDocValues family = r.getBinaryDocValues(IndexFields.FAMILY);
      NumericDocValues count = r.getNumericDocValues(IndexFields.FAMILY_LETTERS);
      for (int doc = 0; doc < r.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        Document d = stored.document(doc, fields);
        String key = d.get(IndexFields.KEY);
        IndexableField paragraph = d.getField(IndexFields.PARAGRAPH);
        if (key == null) {
          continue;
        }
        if (paragraph == null) {
          keys.add(key); // the letter's own document
          continue;
        }
        String pid = key + "#" + paragraph.numericValue().intValue();
        if (family != null && family.advanceExact(doc)) {
          families.put(pid, family.binaryValue().utf8ToString());
        }
        if (count != null && count.advanceExact(doc)) {
          counts.put(pid, count.longValue());
        }
      }
    }
  }
}
