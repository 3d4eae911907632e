package org.lwm2m.codegen.consumers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where the consumer projects live and small file helpers. */
final class Projects {
  private Projects() {}

  /** {@code target/consumer-builds/<name>}, emptied. */
  static Path fresh(String name) throws IOException {
    Path dir = Path.of(Toolchain.required("consumer.work")).toAbsolutePath().resolve(name);
    deleteRecursively(dir);
    Files.createDirectories(dir);
    return dir;
  }

  static Path readme() {
    return Path.of(Toolchain.required("consumer.readme")).toAbsolutePath().normalize();
  }

  static String version() {
    return Toolchain.required("consumer.version");
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
