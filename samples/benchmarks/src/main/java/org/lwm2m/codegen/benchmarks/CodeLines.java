package org.lwm2m.codegen.benchmarks;

/**
 * Counts the code lines of a Java source: comments are removed (string and character literals are
 * kept whole), then every line that holds something other than annotations counts.
 */
final class CodeLines {
  private CodeLines() {}

  static int count(String source) {
    int lines = 0;
    int annotationDepth = 0; // open parentheses of an annotation that spans lines
    for (String line : withoutComments(source).split("\n", -1)) {
      String t = line.strip();
      if (t.isEmpty()) {
        continue;
      }
      if (annotationDepth > 0) {
        annotationDepth += depth(t);
        continue;
      }
      if (t.startsWith("@")) {
        String rest = t.substring(1).replaceFirst("^[\\w.]+", "");
        if (rest.startsWith("(")) {
          int d = depth(rest);
          if (d > 0) {
            annotationDepth = d;
            continue;
          }
          rest = rest.substring(rest.lastIndexOf(')') + 1);
        }
        if (rest.isBlank()) {
          continue;
        }
      }
      lines++;
    }
    return lines;
  }

  private static int depth(String text) {
    int d = 0;
    for (char c : text.toCharArray()) {
      d += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    return d;
  }

  /** The source with its comments removed; a block comment leaves its line ends. */
  static String withoutComments(String s) {
    StringBuilder out = new StringBuilder(s.length());
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        out.append(c);
        if (c == '\\' && i + 1 < s.length()) {
          out.append(s.charAt(++i));
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        out.append(c);
      } else if (s.startsWith("//", i)) {
        int end = s.indexOf('\n', i);
        i = (end < 0 ? s.length() : end) - 1;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        s.substring(i, end).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        i = end - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
