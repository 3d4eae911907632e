package org.lwm2m.codegen.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The shared registry sample, read in place (never copied into the project). */
final class Registry {

  private Registry() {}

  /** Every XML file of objects/ and version_history/, sorted; skips the test, saying so, when absent. */
  static List<Path> files() throws IOException {
    Path root = configured();
    Skip.unless(Files.isDirectory(root.resolve("objects")),
        "shared registry not found at " + root.toAbsolutePath().normalize() + " (set -Dlwm2m.registry.dir)");
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("objects", "version_history")) {
      Path folder = root.resolve(sub);
      if (Files.isDirectory(folder)) {
        try (Stream<Path> s = Files.list(folder)) {
          s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }

  /**
   * The same files as an extra input, or none after printing a {@code [skipped]} line when the
   * registry is absent: for tests whose own inputs come first.
   */
  static List<Path> filesIfPresent(String what) throws IOException {
    Path dir = configured();
    if (!Files.isDirectory(dir.resolve("objects"))) {
      System.out.println("[skipped] " + what + ": no registry at " + dir.toAbsolutePath().normalize() + " (set -Dlwm2m.registry.dir)");
      return List.of();
    }
    return files();
  }

  /** As the processor's tests: the property Maven sets, else the registry beside the checkout, seen from a module. */
  private static Path configured() {
    return Path.of(System.getProperty("lwm2m.registry.dir", "../../shared/lwm2m-registry"));
  }

  /** folder/name, short enough for messages. */
  static String label(Path file) {
    return file.getParent().getFileName() + "/" + file.getFileName();
  }
}
