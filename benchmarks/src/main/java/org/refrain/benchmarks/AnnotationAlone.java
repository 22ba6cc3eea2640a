package org.refrain.benchmarks;

import java.nio.file.Path;
import java.util.List;
import org.refrain.analysis.annotate.AnnotatedCorpus;
import org.refrain.analysis.annotate.AnnotationCache;
import org.refrain.analysis.annotate.CorpusAnnotator;
import org.refrain.analysis.annotate.OpenNlpAnnotator;
import org.refrain.benchmarks.jvm.ChildStderr;
import org.refrain.corpus.Corpus;
import org.refrain.corpus.CorpusReader;

/**
 * Refrain's annotation alone on a directory of documents, for {@link ReportBenchmark} to run in a
 * fresh JVM beside the report: reads the letters as the report does ({@link CorpusReader}), loads
 * the models ({@link OpenNlpAnnotator#create()}), annotates every letter with {@link
 * CorpusAnnotator} and no cache. Prints the three stage times to standard error as the report's
 * {@code refrain: timing:} lines, and the letters and tokens annotated to standard output.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.refrain.benchmarks.AnnotationAlone DIR THREADS
 * </pre>
 */
public final class AnnotationAlone {

  private AnnotationAlone() {}

  public static void main(String[] argv) {
    if (argv.length != 2 || !argv[1].matches("[1-9]\\d{0,2}")) {
      System.err.println("usage: AnnotationAlone DIR THREADS");
      System.exit(2);
    }
    int threads = Integer.parseInt(argv[1]);
    long t = System.nanoTime();
    Corpus corpus = CorpusReader.create().read(List.of(Path.of(argv[0])));
    System.err.println(ChildStderr.timingLine("read", BestOf.seconds(t)));
    t = System.nanoTime();
    OpenNlpAnnotator annotator = OpenNlpAnnotator.create();
    System.err.println(ChildStderr.timingLine("models", BestOf.seconds(t)));
    t = System.nanoTime();
    AnnotatedCorpus annotated =
        CorpusAnnotator.of(annotator, AnnotationCache.none(), threads).annotate(corpus.letters());
    System.err.println(ChildStderr.timingLine("annotate", BestOf.seconds(t)));
    long tokens =
        annotated.letters().stream()
            .flatMap(l -> l.sentences().stream())
            .mapToLong(s -> s.tokens().size())
            .sum();
    System.out.printf("letters %d%ntokens %d%n", annotated.letters().size(), tokens);
  }
}
