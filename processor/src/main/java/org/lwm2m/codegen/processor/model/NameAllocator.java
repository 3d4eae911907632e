package org.lwm2m.codegen.processor.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Hands out names that are unique in one scope. A candidate is a group of names that must all be
 * free (an object takes {@code N}, {@code NModel}, {@code NValidator} and {@code NEnabler}); when
 * one is taken the next suffix is tried, so the first comer keeps the plain name and later ones are
 * stable as long as earlier ones stay.
 */
public final class NameAllocator {
  private final Set<String> taken = new HashSet<>();

  public NameAllocator(Iterable<String> reserved) {
    reserved.forEach(taken::add);
  }

  /** Takes {@code name}, free or not: a user's interface keeps its name (two of one name are javac's error). */
  public void reserve(String name) {
    taken.add(name);
  }

  /**
   * Allocates {@code names.apply(base)}, else {@code names.apply(base + suffix)}, else with a
   * counter; returns the base that worked.
   */
  public String allocate(String base, String suffix, Function<String, List<String>> names) {
    String candidate = base;
    for (int i = 2; !free(names.apply(candidate)); i++) {
      candidate = i == 2 ? base + suffix : base + suffix + "_" + i;
    }
    taken.addAll(names.apply(candidate));
    return candidate;
  }

  private boolean free(List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (taken.contains(n) || !seen.add(n)) {
        return false;
      }
    }
    return true;
  }
}
