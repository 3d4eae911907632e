package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project a newcomer assembles from the README: every fenced block right after a {@code
 * <!-- file: path -->} line is the file at that path, byte for byte. Tests build exactly these
 * files, so the README's snippets cannot drift from what works.
 */
final class ReadmeProject {
  private static final Pattern MARKER = Pattern.compile("<!-- file: (\\S+) -->");

  private ReadmeProject() {}

  /** Path to content, in README order. */
  static Map<String, String> files(Path readme) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i).trim());
      if (!marker.matches()) {
        continue;
      }
      String path = marker.group(1);
      if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
        throw new IllegalStateException("README line " + (i + 1) + ": '" + path + "' is not followed by a fenced block");
      }
      StringBuilder content = new StringBuilder();
      int j = i + 2;
      for (; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
        content.append(lines.get(j)).append('\n');
      }
      if (j == lines.size()) {
        throw new IllegalStateException("README line " + (i + 2) + ": the block of '" + path + "' is never closed");
      }
      if (files.put(path, content.toString()) != null) {
        throw new IllegalStateException("README names '" + path + "' twice");
      }
      i = j;
    }
    return files;
  }

  /** Writes the README's project into a new folder {@code dir} (replacing what was there). */
  static Path writeTo(Path readme, Path dir) throws IOException {
    Projects.deleteRecursively(dir);
    for (Map.Entry<String, String> file : files(readme).entrySet()) {
      Path target = dir.resolve(file.getKey()).normalize();
      if (!target.startsWith(dir)) {
        throw new IllegalStateException("README file path escapes the project: " + file.getKey());
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  /** The project's two enablers were generated and compiled, and the build shows no internal error or exception. */
  static void assertCompiledCleanly(Path project, MavenBuild.Result result, String how) {
    for (String generated : List.of("GreenhouseVentEnabler", "WaterValveEnabler")) {
      assertTrue(Files.isRegularFile(project.resolve("target/classes/com/acme/device/objects/" + generated + ".class")),
          generated + " was generated and compiled " + how + ":\n" + result.tail());
    }
    assertEquals(List.of(), result.output().lines().filter(l -> l.contains("[internal]") || l.contains("Exception")).toList(),
        "no internal error and no exception " + how);
  }
}
