package org.lwm2m.codegen.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the processor read for one annotated element, parsed from the {@code .inputs} file it
 * wrote to the generated sources folder. The format is defined by the processor's {@code
 * org.lwm2m.codegen.processor.write.InputsRecord}: one tab-separated line per fact.
 *
 * @param element the annotated package or type, for the log
 * @param classFile the class file compiled from the element's source, relative to the class output
 */
record InputsRecord(String element, String classFile, List<File> files, List<Folder> folders, List<Absent> absents) {
  static final String FOLDER = "lwm2m-codegen";
  static final String SUFFIX = ".inputs";
  static final String HEADER = "lwm2m-codegen-inputs 1";

  /** A file read: its modification time and size then (-1 when it could not be read). */
  record File(String name, Path path, long modifiedMillis, long size) {}

  /** A folder entry listed: the {@code *.xml} files it held, sorted. */
  record Folder(String name, Path path, List<String> xmlFiles) {}

  /** A place looked at in vain: a file appearing there takes precedence now. */
  record Absent(String name, Path path) {}

  /** Thrown for a record of another format version, or damaged. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message) {
      super(message);
    }
  }

  static InputsRecord parse(List<String> lines) throws Unreadable {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new Unreadable("not a '" + HEADER + "' record");
    }
    String element = null;
    String classFile = null;
    List<File> files = new ArrayList<>();
    List<Folder> folders = new ArrayList<>();
    List<Absent> absents = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        switch (f[0]) {
          case "element" -> element = field(f, 1, 2);
          case "class" -> classFile = field(f, 1, 2);
          case "file" -> files.add(new File(field(f, 3, 5), Path.of(f[4]), Long.parseLong(f[1]), Long.parseLong(f[2])));
          case "folder" -> folders.add(new Folder(field(f, 1, 4), Path.of(f[2]), f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("/"))));
          case "absent" -> absents.add(new Absent(field(f, 1, 3), Path.of(f[2])));
          default -> { } // a fact a later processor records: this plugin cannot judge it
        }
      } catch (RuntimeException e) {
        throw new Unreadable("bad line '" + line + "'");
      }
    }
    if (element == null || classFile == null) {
      throw new Unreadable("no element or class line");
    }
    return new InputsRecord(element, classFile, List.copyOf(files), List.copyOf(folders), List.copyOf(absents));
  }

  private static String field(String[] fields, int index, int count) {
    if (fields.length != count) {
      throw new IllegalArgumentException("expected " + count + " fields");
    }
    return fields[index];
  }
}
