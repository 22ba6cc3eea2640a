package org.refrain.reports.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

  @TempDir Path dir;

  private static final List<String> FIRST = List.of("letters.csv", "terms.csv", "report.md");
  private static final List<String> SECOND =
      List.of("letters.csv", "kwic.csv", "similarity.csv", "report.md");

  /** Writes {@code names}, each holding "NAME of RUN", and commits them to {@code out}. */
  private static List<Path> commit(Path out, List<String> names, String run) throws IOException {
    return commit(new OutputDirectory(out), names, run);
  }

  private static List<Path> commit(OutputDirectory out, List<String> names, String run)
      throws IOException {
    try (OutputDirectory.Staging staging = out.stage()) {
      for (String name : names) {
        staging.write(name, w -> w.write(name + " of " + run));
      }
      return staging.commit(names);
    }
  }

  private static Set<String> entries(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
    }
  }

  /**
   * The parent's entries: the link, its generation and at most one retired generation (the one
   * replaced last), nothing else.
   */
  private void assertOnlyLinkAndItsGeneration(Path out) throws IOException {
    assertTrue(Files.isSymbolicLink(out), out + " is a link");
    String generation = Files.readSymbolicLink(out).toString();
    assertTrue(generation.startsWith(".report.r-"), generation);
    Set<String> others = entries(dir);
    others.removeAll(List.of("report", generation));
    assertTrue(
        others.isEmpty() || others.size() == 1 && others.iterator().next().startsWith(".report.o-"),
        "beside the report: " + others);
  }

  private Set<String> retired() throws IOException {
    Set<String> retired = new TreeSet<>();
    for (String name : entries(dir)) {
      if (name.startsWith(".report.o-")) {
        retired.add(name);
      }
    }
    return retired;
  }

  @Test
  void aCommitMakesTheDirectoryALinkToAGenerationHoldingTheFiles() throws IOException {
    Path out = dir.resolve("report");
    List<Path> written = commit(out, FIRST, "one");
    assertEquals(FIRST.stream().map(out::resolve).toList(), written);
    assertOnlyLinkAndItsGeneration(out);
    assertEquals(new TreeSet<>(FIRST), entries(out));
    assertEquals("terms.csv of one", Files.readString(out.resolve("terms.csv"), UTF_8));
  }

  @Test
  void theReportIsAsReadableAsAnyNewDirectory() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path out = dir.resolve("report");
    commit(out, FIRST, "one");
    // Not owner-only, as a temporary directory would be: others read the report through the link.
    Path plain = Files.createDirectory(dir.resolve("plain"));
    assertEquals(
        Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(out.toRealPath()),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.toRealPath())));
  }

  @Test
  void aCommitReplacesTheWholeSetAndRetiresThePreviousGenerationUntilTheNext() throws IOException {
    Path out = dir.resolve("report");
    commit(out, FIRST, "one");
    Path first = out.toRealPath();
    commit(out, SECOND, "two");
    assertEquals(new TreeSet<>(SECOND), entries(out), "terms.csv of the first run is gone");
    assertEquals("report.md of two", Files.readString(out.resolve("report.md"), UTF_8));
    assertFalse(Files.exists(first));
    assertEquals(1, retired().size(), "the first generation, retired");
    assertEquals(
        new TreeSet<>(FIRST), entries(dir.resolve(retired().iterator().next())), "still whole");
    assertOnlyLinkAndItsGeneration(out);
    String second = retired().iterator().next();
    commit(out, FIRST, "three");
    assertFalse(retired().contains(second), "the next commit deletes it");
    assertEquals(1, retired().size());
    assertOnlyLinkAndItsGeneration(out);
  }

  @Test
  void aReaderListingTheDirectoryDuringCommitsAlwaysSeesOneWholeSet() throws Exception {
    Path out = dir.resolve("report");
    commit(out, FIRST, "0");
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger listings = new AtomicInteger();
    AtomicInteger stalled = new AtomicInteger();
    List<String> wrong = new CopyOnWriteArrayList<>();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  String problem = read(out, stalled);
                  listings.incrementAndGet();
                  if (problem != null) {
                    wrong.add(problem);
                  }
                } catch (IOException e) {
                  wrong.add(e.toString());
                }
              }
            });
    reader.start();
    try {
      for (int run = 1; run <= 50; run++) {
        commit(out, run % 2 == 0 ? FIRST : SECOND, Integer.toString(run));
      }
    } finally {
      done.set(true);
      reader.join();
    }
    assertEquals(List.of(), wrong, "what the reader saw");
    assertTrue(listings.get() > stalled.get(), listings + " listings, " + stalled + " stalled");
    assertEquals(new TreeSet<>(FIRST), entries(out));
    assertOnlyLinkAndItsGeneration(out);
  }

  /**
   * Lists {@code out} as a reader would and says what was wrong with what it saw, or null. A
   * listing never mixes the two sets, and is one whole set unless the generation it read was
   * deleted under it: a reader that stalled across a whole commit (the grace a retired generation
   * gets) on a machine shared with other builds. Only that case is counted, in {@code stalled}.
   */
  private String read(Path out, AtomicInteger stalled) throws IOException {
    String linked = Files.readSymbolicLink(out).toString();
    Set<String> seen = entries(out);
    if (seen.equals(new TreeSet<>(FIRST)) || seen.equals(new TreeSet<>(SECOND))) {
      return null;
    }
    if (!FIRST.containsAll(seen) && !SECOND.containsAll(seen)) {
      return "a mix of two reports: " + seen;
    }
    boolean deleted =
        !Files.exists(dir.resolve(linked))
            && !Files.exists(dir.resolve(linked.replace(".report.r-", ".report.o-")));
    if (deleted) {
      stalled.incrementAndGet();
      return null;
    }
    return "part of a report still on disk: " + seen + " of " + linked;
  }

  @Test
  void aFailedWriteLeavesThePreviousReportAndNoTemporary() throws IOException {
    Path out = dir.resolve("report");
    commit(out, FIRST, "one");
    Path generation = out.toRealPath();
    IOException failure =
        assertThrows(
            IOException.class,
            () -> {
              try (OutputDirectory.Staging staging = new OutputDirectory(out).stage()) {
                staging.write("letters.csv", w -> w.write("new"));
                staging.write(
                    "terms.csv",
                    w -> {
                      throw new IOException("disk full");
                    });
                staging.commit(FIRST);
              }
            });
    assertEquals("disk full", failure.getMessage());
    assertEquals(generation, out.toRealPath());
    assertEquals("letters.csv of one", Files.readString(out.resolve("letters.csv"), UTF_8));
    assertOnlyLinkAndItsGeneration(out);
  }

  @Test
  void committingAFileThatWasNotWrittenFailsAndChangesNothing() throws IOException {
    Path out = dir.resolve("report");
    commit(out, FIRST, "one");
    try (OutputDirectory.Staging staging = new OutputDirectory(out).stage()) {
      staging.write("letters.csv", w -> w.write("new"));
      assertThrows(NoSuchFileException.class, () -> staging.commit(FIRST));
    }
    assertEquals("letters.csv of one", Files.readString(out.resolve("letters.csv"), UTF_8));
    assertOnlyLinkAndItsGeneration(out);
  }

  @Test
  void aRealDirectoryHoldingOnlyReportFilesIsReplacedByALink() throws IOException {
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("report.md"), "old");
    Files.writeString(out.resolve("dropped.csv"), "old");
    commit(out, FIRST, "one");
    assertEquals(new TreeSet<>(FIRST), entries(out));
    assertEquals("report.md of one", Files.readString(out.resolve("report.md"), UTF_8));
    assertOnlyLinkAndItsGeneration(out);
  }

  @Test
  void anEmptyRealDirectoryIsReplacedByALink() throws IOException {
    Path out = Files.createDirectories(dir.resolve("report"));
    commit(out, FIRST, "one");
    assertOnlyLinkAndItsGeneration(out);
  }

  @Test
  void aRealDirectoryWithOtherFilesIsWrittenIntoAndKeepsThem() throws IOException {
    // Such as --out . : never renamed, never deleted.
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Files.createDirectories(out.resolve("src"));
    commit(out, FIRST, "one");
    assertFalse(Files.isSymbolicLink(out));
    Set<String> expected = new TreeSet<>(FIRST);
    expected.addAll(List.of("notes.txt", "src"));
    assertEquals(expected, entries(out));
    assertEquals("mine", Files.readString(out.resolve("notes.txt"), UTF_8));
    assertEquals(Set.of("report"), entries(dir), "no temporary left beside it");
  }

  @Test
  void aStagingDirectoryOfARunThatIsGoneIsRemovedByTheNextRun() throws Exception {
    Path out = dir.resolve("report");
    commit(out, FIRST, "one");
    OutputOwner dead = deadOwner();
    OutputOwner self = OutputOwner.current();
    assumeTrue(self.startSecond() > 0, "this platform gives no process start times");
    // Process ids are reused: this process's id with another start is another, gone, process.
    OutputOwner reused = new OutputOwner(self.pid(), self.startSecond() - 3600);
    Path deadGeneration = Files.createDirectories(dir.resolve(".report.r-" + dead + "-11"));
    Files.writeString(deadGeneration.resolve("letters.csv"), "half written");
    Path deadLink =
        Files.createSymbolicLink(dir.resolve(".report.l-" + dead + "-11"), Path.of("nowhere"));
    Path reusedGeneration = Files.createDirectories(dir.resolve(".report.r-" + reused + "-12"));
    Path live = Files.createDirectories(dir.resolve(".report.r-" + self + "-13"));
    Path liveLink =
        Files.createSymbolicLink(dir.resolve(".report.l-" + self + "-13"), live.getFileName());
    Path notOurs = Files.createDirectories(dir.resolve(".report.r-notes"));

    commit(out, SECOND, "two");

    assertFalse(Files.exists(deadGeneration), "generation of a dead run");
    assertFalse(Files.exists(deadLink, LinkOption.NOFOLLOW_LINKS), "its link");
    assertFalse(Files.exists(reusedGeneration), "generation of a run whose id was reused");
    assertTrue(Files.isDirectory(live), "a live run's generation is left alone");
    assertTrue(Files.isSymbolicLink(liveLink), "and so is its link");
    assertTrue(Files.isDirectory(notOurs), "a name that is not one of ours");
    assertEquals(new TreeSet<>(SECOND), entries(out));
  }

  @Test
  void anOlderVersionsStagingDirectoryIsRemovedOnceItIsAnHourOld() throws IOException {
    Path out = dir.resolve("report");
    Path old = Files.createDirectories(dir.resolve(".report.tmp-123"));
    Files.writeString(old.resolve("similarity.csv"), "95 MB");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    Path recent = Files.createDirectories(dir.resolve(".report.tmp-456"));
    commit(out, FIRST, "one");
    assertFalse(Files.exists(old));
    assertTrue(Files.exists(recent), "may belong to a run still writing");
  }

  @Test
  void aSwapCutShortIsUndoneByTheNextRun() throws Exception {
    // Killed between renaming the real directory aside and renaming the link in.
    Path out = dir.resolve("report");
    OutputOwner dead = deadOwner();
    Path aside = Files.createDirectories(dir.resolve(".report.a-" + dead + "-7"));
    Files.writeString(aside.resolve("report.md"), "previous");
    Path generation = Files.createDirectories(dir.resolve(".report.r-" + dead + "-7"));
    Files.writeString(generation.resolve("report.md"), "complete but never linked");
    try (OutputDirectory.Staging staging = new OutputDirectory(out).stage()) {
      assertEquals("previous", Files.readString(out.resolve("report.md"), UTF_8));
      assertFalse(Files.isSymbolicLink(out));
      assertFalse(Files.exists(aside));
      assertFalse(Files.exists(generation));
      staging.write("report.md", w -> w.write("new"));
      staging.commit(List.of("report.md"));
    }
    assertEquals("new", Files.readString(out.resolve("report.md"), UTF_8));
    assertOnlyLinkAndItsGeneration(out);
  }

  @Test
  void aSwapThatReachedItsEndIsFinishedByTheNextRun() throws Exception {
    Path out = dir.resolve("report");
    commit(out, FIRST, "one");
    Path aside = Files.createDirectories(dir.resolve(".report.a-" + deadOwner() + "-7"));
    Files.writeString(aside.resolve("report.md"), "the replaced report");
    commit(out, SECOND, "two");
    assertFalse(Files.exists(aside));
    assertOnlyLinkAndItsGeneration(out);
  }

  @Test
  void withoutSymbolicLinksTheGenerationIsRenamedIn() throws IOException {
    Path out = dir.resolve("report");
    OutputDirectory noLinks = new OutputDirectory(out, false);
    commit(noLinks, FIRST, "one");
    assertFalse(Files.isSymbolicLink(out));
    assertEquals(new TreeSet<>(FIRST), entries(out));
    assertEquals(Set.of("report"), entries(dir));
    commit(noLinks, SECOND, "two");
    assertFalse(Files.isSymbolicLink(out));
    assertEquals(new TreeSet<>(SECOND), entries(out));
    assertEquals("kwic.csv of two", Files.readString(out.resolve("kwic.csv"), UTF_8));
    assertEquals(1, retired().size(), "the first report, retired");
    assertEquals(retired().size() + 1, entries(dir).size(), "and nothing else beside it");
    commit(noLinks, FIRST, "three");
    assertEquals(new TreeSet<>(FIRST), entries(out));
    assertEquals(2, entries(dir).size(), "the report and one retired");
  }

  @Test
  void aLinkFromAnEarlierRunIsReplacedWhereLinksCannotBeMade() throws IOException {
    Path out = dir.resolve("report");
    commit(out, FIRST, "one");
    commit(new OutputDirectory(out, false), SECOND, "two");
    assertFalse(Files.isSymbolicLink(out));
    assertEquals(new TreeSet<>(SECOND), entries(out));
    assertEquals(1, retired().size(), "the first generation, retired");
    assertEquals(2, entries(dir).size(), "and nothing else beside it");
  }

  @Test
  void aReadOnlyParentWithAWritableDirectoryIsWrittenFromInside() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path parent = Files.createDirectories(dir.resolve("shared"));
    Path out = Files.createDirectories(parent.resolve("report"));
    Files.writeString(out.resolve("dropped.csv"), "old");
    Files.writeString(out.resolve("report.md"), "old");
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // Permissions do not bind the superuser: then the parent is writable and this proves nothing.
      assumeFalse(Files.isWritable(parent), "running as root");
      List<Path> written = commit(out, FIRST, "one");
      assertEquals(FIRST.stream().map(out::resolve).toList(), written);
      assertEquals(new TreeSet<>(FIRST), entries(out), "no staging directory left, nothing old");
      assertEquals("report.md of one", Files.readString(out.resolve("report.md"), UTF_8));
      assertEquals(Set.of("report"), entries(parent));
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aReadOnlyParentWithoutTheDirectoryIsAnErrorNamingTheParent() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path parent = Files.createDirectories(dir.resolve("shared"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(parent), "running as root");
      IOException e =
          assertThrows(IOException.class, () -> commit(parent.resolve("report"), FIRST, "one"));
      assertEquals("permission denied", UserError.reason(e));
      assertEquals(parent.toString(), UserError.file(e));
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aStagingDirectoryLeftInsideByARunThatIsGoneIsRemoved() throws Exception {
    Path out = Files.createDirectories(dir.resolve("report"));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Path left = Files.createDirectories(out.resolve(".refrain-staging-" + deadOwner() + "-5"));
    Path live =
        Files.createDirectories(out.resolve(".refrain-staging-" + OutputOwner.current() + "-6"));
    commit(out, FIRST, "one");
    assertFalse(Files.exists(left));
    assertTrue(Files.exists(live));
  }

  /** The owner of a process that has ended. */
  private static OutputOwner deadOwner() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-version")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long start = process.info().startInstant().map(Instant::getEpochSecond).orElse(0L);
    process.waitFor();
    assumeTrue(ProcessHandle.of(process.pid()).isEmpty(), "the process id was taken again");
    return new OutputOwner(process.pid(), start);
  }

  @Test
  void thisProcessIsAliveAndAnEndedOneIsNot() throws Exception {
    assertTrue(OutputOwner.current().alive());
    assertFalse(deadOwner().alive());
    OutputOwner self = OutputOwner.current();
    assertEquals(self, OutputOwner.parse(self.toString()).orElseThrow());
    assertTrue(OutputOwner.parse("12-x").isEmpty());
  }
}
