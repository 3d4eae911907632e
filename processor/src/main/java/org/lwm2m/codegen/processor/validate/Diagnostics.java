package org.lwm2m.codegen.processor.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.Severity;

/**
 * Collects problems without throwing, so one run reports them all. Applies the options: disabled
 * rules are dropped, and in strict mode warnings become errors.
 */
public final class Diagnostics {
  private final boolean strict;
  private final Set<String> disabled;
  private final List<Problem> problems = new ArrayList<>();

  public Diagnostics(boolean strict, Set<String> disabled) {
    this.strict = strict;
    this.disabled = Set.copyOf(disabled);
  }

  /** Reports {@code message} of the catalogue at {@code location}, with its rule's severity. */
  public void report(Message message, Location location, Object... args) {
    add(message.at(location, args));
  }

  /**
   * Reports a problem of the build itself ({@link Rule#MODEL_FILE}, say), whose text comes from
   * where it was found (a file name the file system refused, an I/O error).
   */
  public void report(Rule rule, Location location, String message) {
    add(new Problem(rule.id(), rule.defaultSeverity(), message, location));
  }

  /**
   * Adds a problem found elsewhere (the XML reader), applying the options; returns it as kept
   * (an error in strict mode), or null when its rule is disabled.
   */
  public Problem add(Problem p) {
    if (disabled.contains(p.rule())) {
      return null;
    }
    if (strict && p.severity() == Severity.WARNING) {
      p = new Problem(p.rule(), Severity.ERROR, p.message(), p.location());
    }
    problems.add(p);
    return p;
  }

  public List<Problem> problems() {
    return Collections.unmodifiableList(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
