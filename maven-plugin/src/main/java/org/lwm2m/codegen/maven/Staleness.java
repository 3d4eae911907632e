package org.lwm2m.codegen.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decides whether an element's bindings are stale: an input's modification time or size differs
 * from what the processor saw (so restoring an older file counts too), an input is gone, a folder
 * entry gained or lost an {@code *.xml} file, or a file now exists where the lookup found none
 * (it would take precedence). A few stat calls per input; nothing is read.
 */
final class Staleness {
  private Staleness() {}

  /**
   * One change. {@code orphanedCopy} is a class-output copy of a deleted resource, to be removed
   * so that the processor stops reading it; null otherwise.
   */
  record Change(String name, String what, Path orphanedCopy) {
    @Override
    public String toString() {
      return name + " " + what;
    }
  }

  static List<Change> changes(InputsRecord record, ResourceCopies copies) {
    List<Change> changes = new ArrayList<>();
    for (InputsRecord.File file : record.files()) {
      BasicFileAttributes now = attributes(file.path());
      if (now == null || !now.isRegularFile()) {
        changes.add(new Change(file.name(), "deleted", null));
      } else if (copies.orphaned(file.path())) {
        changes.add(new Change(file.name(), "deleted", file.path()));
      } else if (now.lastModifiedTime().toMillis() != file.modifiedMillis() || now.size() != file.size()) {
        changes.add(new Change(file.name(), "changed", null));
      }
    }
    for (InputsRecord.Folder folder : record.folders()) {
      List<String> now = xmlFiles(folder.path());
      if (now == null) {
        changes.add(new Change(folder.name(), "deleted", null));
        continue;
      }
      for (String name : now) {
        if (!folder.xmlFiles().contains(name)) {
          changes.add(new Change(folder.name() + name, "added", null));
        }
      }
      // A file that left the folder is reported by its own "file" line.
    }
    for (InputsRecord.Absent absent : record.absents()) {
      if (Files.exists(absent.path())) {
        changes.add(new Change(absent.name(), "added", null));
      }
    }
    return changes;
  }

  private static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** The {@code *.xml} files of {@code dir} as the processor lists them; null when it is no folder. */
  private static List<String> xmlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      return null;
    }
  }
}
