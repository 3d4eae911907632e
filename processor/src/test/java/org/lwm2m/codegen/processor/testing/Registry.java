package org.lwm2m.codegen.processor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared OMA registry sample, read in place (never copied); tests skip when it is absent. */
public final class Registry {
  private Registry() {}

  public static Path folder() {
    Path dir = Path.of(System.getProperty("lwm2m.registry.dir", "../../shared/lwm2m-registry"));
    Assumptions.assumeTrue(Files.isDirectory(dir.resolve("objects")), "shared registry not found at " + dir.toAbsolutePath());
    return dir;
  }

  /** Every object file, current and version history, sorted. */
  public static List<Path> allObjectFiles() throws IOException {
    Path dir = folder();
    try (Stream<Path> a = Files.list(dir.resolve("objects"));
        Stream<Path> b = Files.list(dir.resolve("version_history"))) {
      return Stream.concat(a, b).filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
    }
  }
}
