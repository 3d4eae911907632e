package org.lwm2m.codegen.processor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The shared OMA registry sample, read in place (never copied); tests skip when it is absent. */
public final class Registry {
  private Registry() {}

  /** The registry folder; skips the calling test, saying so, when it is absent. */
  public static Path folder() {
    return find().orElseThrow(() -> Skip.because("shared registry not found at " + configured().toAbsolutePath().normalize()
        + " (set -Dlwm2m.registry.dir)"));
  }

  /** The registry folder when it is there, for tests that only add it to inputs of their own. */
  public static Optional<Path> find() {
    Path dir = configured();
    return Files.isDirectory(dir.resolve("objects")) ? Optional.of(dir) : Optional.empty();
  }

  private static Path configured() {
    return Path.of(System.getProperty("lwm2m.registry.dir", "../../shared/lwm2m-registry"));
  }

  /** Every object file, current and version history, sorted; skips like {@link #folder()}. */
  public static List<Path> allObjectFiles() throws IOException {
    Path dir = folder();
    try (Stream<Path> a = Files.list(dir.resolve("objects"));
        Stream<Path> b = Files.list(dir.resolve("version_history"))) {
      return Stream.concat(a, b).filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
    }
  }
}
