package org.lwm2m.codegen.runtime;

import java.util.Arrays;
import org.eclipse.leshan.core.link.Link;

/** How values appear in validation messages: short, and never the whole of a large value. */
final class Messages {
  private static final int MAX_TEXT = 40;

  private Messages() {}

  static String show(Object value) {
    if (value instanceof byte[]) {
      return "a value of " + ((byte[]) value).length + " bytes";
    }
    if (value instanceof String) {
      String s = (String) value;
      String shown = s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "..." : s;
      return "\"" + shown + "\" (" + Checks.utf8Length(s) + " bytes)";
    }
    if (value instanceof Link[]) {
      return Arrays.toString((Link[]) value);
    }
    return String.valueOf(value);
  }

  static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
