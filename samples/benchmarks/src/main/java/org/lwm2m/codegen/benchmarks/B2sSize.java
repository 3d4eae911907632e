package org.lwm2m.codegen.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * B2s: the size of the generated text, which every build pays to write, parse and compile. Bytes
 * and lines (every line) per object and per resource, in total and by kind of class.
 */
final class B2sSize {
  private B2sSize() {}

  /** Prints the sizes of {@code sources} (by type name); one {@code NModel} is one object. */
  static void print(Map<String, String> sources, int resources) {
    int objects = (int) sources.keySet().stream().filter(n -> kind(n).equals("NModel")).count();
    long bytes = 0;
    long lines = 0;
    Map<String, long[]> byKind = new TreeMap<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      long b = source.getValue().getBytes(StandardCharsets.UTF_8).length;
      long l = source.getValue().lines().count();
      bytes += b;
      lines += l;
      long[] kind = byKind.computeIfAbsent(kind(source.getKey()), k -> new long[2]);
      kind[0] += b;
      kind[1] += l;
    }
    System.out.printf(Locale.ROOT, "B2s: %d objects, %d resources: %d bytes and %d lines of generated source; %.0f bytes and %.0f lines per object, %.0f bytes and %.1f lines per resource%n",
        objects, resources, bytes, lines, bytes / (double) objects, lines / (double) objects, bytes / (double) resources, lines / (double) resources);
    for (Map.Entry<String, long[]> kind : byKind.entrySet()) {
      System.out.printf(Locale.ROOT, "  %-10s %9d bytes %7d lines (%.0f bytes, %.0f lines per object)%n",
          kind.getKey(), kind.getValue()[0], kind.getValue()[1], kind.getValue()[0] / (double) objects, kind.getValue()[1] / (double) objects);
    }
  }

  private static String kind(String typeName) {
    for (String suffix : new String[] {"Model", "Validator", "Enabler", "Remote"}) {
      if (typeName.endsWith(suffix)) {
        return "N" + suffix;
      }
    }
    return "N";
  }
}
