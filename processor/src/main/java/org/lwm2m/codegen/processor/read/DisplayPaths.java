package org.lwm2m.codegen.processor.read;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The name diagnostics give a model file: a path a terminal or an IDE can open. A file in a folder
 * is named by its absolute path; a copy Maven made of {@code src/main/resources} (or {@code
 * src/test/resources}) in {@code target/classes} ({@code target/test-classes}) by the source it was
 * copied from, when that exists with the same bytes; a file in a jar by its {@code
 * jar:file:/...!/entry} URL. What has no such name (compile-testing's in-memory class output)
 * keeps the entry name. Generated sources never see these names: they stay byte-identical
 * across machines.
 */
final class DisplayPaths {
  private DisplayPaths() {}

  /** Maven copies these resource folders into these output folders. */
  private static final String[][] MAVEN_COPIES = {
    {"target/classes", "src/main/resources"},
    {"target/test-classes", "src/test/resources"},
  };

  /** A file found in a folder named by the user ({@code lwm2m.models}). */
  static String ofFolderFile(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /** A file a compiler location or class loader handed over as {@code uri}, for {@code entry}. */
  static String of(URI uri, String entry, byte[] content) {
    if (uri == null || uri.getScheme() == null) {
      return entry;
    }
    try {
      if (uri.getScheme().equals("file")) {
        return ofOutputFile(Path.of(uri), entry, content);
      }
      if (uri.getScheme().equals("jar")) {
        return jarUrl(uri.getRawSchemeSpecificPart(), entry);
      }
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
      return entry; // not a path on this machine: the entry is the best name there is
    }
    return entry;
  }

  /**
   * A file found in an output or class-path folder: the source Maven copied it from, when that
   * has the same bytes; else the file itself.
   */
  static String ofOutputFile(Path file, String entry, byte[] content) {
    try {
      return mavenSource(file, entry, content);
    } catch (IllegalArgumentException | SecurityException e) {
      return file.toString(); // an entry that is no path here (hostile names) maps to nothing
    }
  }

  private static String mavenSource(Path file, String entry, byte[] content) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = Path.of(entry).normalize();
    if (!absolute.endsWith(relative)) {
      return absolute.toString();
    }
    Path output = absolute;
    for (int i = 0; i < relative.getNameCount() && output != null; i++) {
      output = output.getParent();
    }
    for (String[] copy : MAVEN_COPIES) {
      Path outputFolder = Path.of(copy[0]);
      if (output != null && output.endsWith(outputFolder)) {
        Path base = output;
        for (int i = 0; i < outputFolder.getNameCount(); i++) {
          base = base.getParent();
        }
        Path source = base.resolve(copy[1]).resolve(relative);
        if (sameBytes(source, content)) {
          return source.toString();
        }
      }
    }
    return absolute.toString();
  }

  private static boolean sameBytes(Path source, byte[] content) {
    try {
      return Files.isRegularFile(source)
          && Files.size(source) == content.length
          && Arrays.equals(Files.readAllBytes(source), content);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * {@code jar:file:/abs/x.jar!/models/3.xml}, from javac's {@code jar:file:///abs/x.jar!/...}, ecj's
   * {@code jar:/abs/x.jar!...} or a class loader's URL (the part after {@code !} is the entry).
   */
  private static String jarUrl(String schemeSpecific, String entry) {
    int bang = schemeSpecific.lastIndexOf('!');
    if (bang < 0) {
      return entry;
    }
    String archive = schemeSpecific.substring(0, bang);
    Path jar = Path.of(URI.create(archive.startsWith("file:") ? archive : "file:" + archive));
    return "jar:file:" + jar.toAbsolutePath().normalize() + "!/" + entry;
  }
}
