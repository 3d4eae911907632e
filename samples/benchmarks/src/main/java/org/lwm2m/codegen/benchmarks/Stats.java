package org.lwm2m.codegen.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Small helpers shared by the timed (non-JMH) benchmarks. */
final class Stats {
  private Stats() {}

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  static double max(double[] values) {
    return Arrays.stream(values).max().orElse(Double.NaN);
  }

  static int intProperty(String name, int fallback) {
    String v = System.getProperty(name);
    return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
  }

  /**
   * The shared registry: {@code -Dlwm2m.registry.dir}, else {@code ../shared/lwm2m-registry} from
   * the working directory, else that path from its parent (running inside {@code samples/benchmarks}
   * or {@code samples}); null when none exists.
   */
  static Path registry() {
    String configured = System.getProperty("lwm2m.registry.dir");
    if (configured != null) {
      Path p = Path.of(configured);
      return Files.isDirectory(p) ? p.toAbsolutePath().normalize() : null;
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path p = dir.resolve("../shared/lwm2m-registry").normalize();
      if (Files.isDirectory(p.resolve("objects"))) {
        return p;
      }
    }
    return null;
  }

  /** The JVM, for the record next to each figure. */
  static String jvm() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
        + Runtime.getRuntime().availableProcessors() + " CPUs, max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
  }
}
