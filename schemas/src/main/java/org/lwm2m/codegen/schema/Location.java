package org.lwm2m.codegen.schema;

/**
 * Where something came from: a file (or any source name) and a 1-based line and column. Line or
 * column 0 means unknown.
 */
public record Location(String file, int line, int column) {

  public static Location of(String file) {
    return new Location(file, 0, 0);
  }

  /** {@code file:line:column}, leaving out what is unknown. */
  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
