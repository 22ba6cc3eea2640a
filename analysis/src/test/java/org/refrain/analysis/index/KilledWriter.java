package org.refrain.analysis.index;

import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * A process that writes to an index as an update does and never commits: it flushes segments to
 * disk, says so on stdout, and goes on writing until it is killed ({@link CorpusIndexCrashTest}).
 */
public final class KilledWriter {

  private KilledWriter() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    IndexWriterConfig config = new IndexWriterConfig(new PassageAnalyzer());
    config.setCommitOnClose(false);
    LetterDocuments documents = new LetterDocuments(IndexFields.facets());
    try (FSDirectory d = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(d, config)) {
      writer.deleteAll(); // as a rebuild would: the committed letters are gone until a commit
      for (int i = 0; ; i++) {
        writer.addDocuments(
            documents.of(
                IndexFixtures.plain(
                    IndexFixtures.letter(
                        "killed" + i + "#1",
                        "2023-01-01",
                        "Nobody",
                        "Uncommitted paragraph number " + i + " about zebras."))));
        if (i % 200 == 199) {
          writer.flush();
          System.out.println("flushed " + (i + 1));
          System.out.flush();
        }
      }
    }
  }
}
