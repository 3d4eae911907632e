package org.lwm2m.codegen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Before compiling: for every record the processor left in the generated sources folder, when an
 * input changed, deletes the class file compiled from the annotated element. The compiler plugin
 * then finds that source stale and recompiles the module, which runs the processor again. User
 * sources are never touched; only build output is deleted.
 */
final class Refresh {
  private final Path generatedSources;
  private final Path classes;
  private final ResourceCopies copies;

  /**
   * @param generatedSources the compiler's generated sources folder, where the records are
   * @param classes the class output
   * @param copies tells which class-output files are copies of deleted resources
   */
  Refresh(Path generatedSources, Path classes, ResourceCopies copies) {
    this.generatedSources = generatedSources;
    this.classes = classes;
    this.copies = copies;
  }

  /**
   * Runs the check; {@code info} gets one line per element to recompile, {@code debug} what was
   * skipped and why.
   *
   * @return the elements made to recompile
   */
  List<String> run(Consumer<String> info, Consumer<String> debug) throws IOException {
    List<String> recompiled = new ArrayList<>();
    for (Path file : records()) {
      InputsRecord record;
      try {
        record = InputsRecord.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
      } catch (InputsRecord.Unreadable | IOException e) {
        debug.accept("skipping " + file + ": " + e.getMessage());
        continue;
      }
      List<Staleness.Change> changes = Staleness.changes(record, copies);
      if (changes.isEmpty()) {
        continue;
      }
      boolean acted = false;
      for (Staleness.Change change : changes) {
        if (change.orphanedCopy() != null) {
          acted |= Files.deleteIfExists(change.orphanedCopy());
        }
      }
      // Absent after a failed or a first compilation: the compiler recompiles anyway.
      acted |= Files.deleteIfExists(classes.resolve(record.classFile()));
      if (!acted) {
        continue;
      }
      String more = changes.size() == 1 ? "" : " (and " + (changes.size() - 1) + " more)";
      info.accept(changes.get(0) + more + ": recompiling " + record.element());
      recompiled.add(record.element());
    }
    return recompiled;
  }

  private List<Path> records() throws IOException {
    Path dir = generatedSources.resolve(InputsRecord.FOLDER);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(InputsRecord.SUFFIX)).sorted().toList();
    }
  }
}
