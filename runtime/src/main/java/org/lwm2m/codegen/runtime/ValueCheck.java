package org.lwm2m.codegen.runtime;

/**
 * A compiled RangeEnumeration: checks one value, given in its Leshan value class ({@code Long},
 * {@code Double}, {@code ULong}, {@code String}, {@code byte[]}...). Implementations are immutable
 * and allocation free on the accepting path.
 */
public interface ValueCheck {

  /** True when {@code value} satisfies the check. */
  boolean accepts(Object value);

  /** The rule it enforces, for messages: {@code range}, {@code enumeration} or {@code length}. */
  String rule();

  /** The accepted values, for messages: {@code 0..100}, {@code 1, 2, 3}, {@code 0..255 bytes}. */
  String describe();
}
