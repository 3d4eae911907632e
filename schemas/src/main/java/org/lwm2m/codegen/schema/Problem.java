package org.lwm2m.codegen.schema;

import java.util.Objects;

/**
 * One problem found in an object definition: a stable rule id (such as {@code schema} or {@code
 * object-id-range}), its severity, a message for people and where it is.
 */
public record Problem(String rule, Severity severity, String message, Location location) {

  /** Messages quote input (parser messages echo whole values): longer ones are cut. */
  public static final int MAX_MESSAGE_CHARS = 1000;

  public Problem {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    if (message.length() > MAX_MESSAGE_CHARS) {
      message = message.substring(0, MAX_MESSAGE_CHARS) + "... (" + message.length() + " characters, cut)";
    }
  }

  public static Problem error(String rule, Location location, String message) {
    return new Problem(rule, Severity.ERROR, message, location);
  }

  public static Problem warning(String rule, Location location, String message) {
    return new Problem(rule, Severity.WARNING, message, location);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code [rule] message}: what every diagnostic of the project says, after its location. */
  public String text() {
    return "[" + rule + "] " + message;
  }

  /** {@code file:line:column: error: [rule] message}, the form compilers use (the checker's). */
  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + text();
  }
}
