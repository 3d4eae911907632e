package org.lwm2m.codegen.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Tells which files in the class output are copies of resources whose source is gone. Maven's
 * resources plugin copies {@code src/main/resources} into the class output but never deletes a
 * copy, so an object XML deleted from the sources would still be read (and shipped) until a clean.
 */
final class ResourceCopies {
  /** A resource directory and where it is copied to (relative to the output, or absolute). */
  record Root(Path directory, String targetPath) {}

  private final Path output;
  private final List<Root> roots;

  ResourceCopies(Path output, List<Root> roots) {
    this.output = output.toAbsolutePath().normalize();
    this.roots = List.copyOf(roots);
  }

  /** No resource roots: nothing is ever taken for an orphaned copy. */
  static ResourceCopies none(Path output) {
    return new ResourceCopies(output, List.of());
  }

  /**
   * Whether {@code file} lies where some resource directory is copied to, and no resource
   * directory holds its source any more. Files the resources plugin did not put there (their
   * location is no resource's target) are never orphans.
   */
  boolean orphaned(Path file) {
    Path copy = file.toAbsolutePath().normalize();
    if (!copy.startsWith(output)) {
      return false;
    }
    boolean covered = false;
    for (Root root : roots) {
      Path target = root.targetPath() == null ? output : output.resolve(root.targetPath()).normalize();
      if (copy.startsWith(target)) {
        covered = true;
        if (Files.exists(root.directory().resolve(target.relativize(copy).toString()))) {
          return false;
        }
      }
    }
    return covered;
  }
}
