package org.lwm2m.codegen.schema;

import java.util.List;

/**
 * What reading one file gave: its object definitions (possibly none) and every problem found.
 * Objects are present even when problems are, so that later checks can report on them too;
 * callers decide from {@link #hasErrors()} whether to use them.
 */
public record ReadResult(String file, List<ObjectDefinition> objects, List<Problem> problems) {

  public ReadResult {
    objects = List.copyOf(objects);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
