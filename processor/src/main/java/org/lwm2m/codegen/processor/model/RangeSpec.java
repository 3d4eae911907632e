package org.lwm2m.codegen.processor.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a resource's {@code RangeEnumeration} allows, as understood by {@link RangeParser}.
 *
 * <p>Four shapes, each immutable:
 *
 * <ul>
 *   <li>{@link None}: nothing to check (blank text, or text that was not understood);
 *   <li>{@link Numeric}: an Integer, Unsigned Integer or Float value must lie in one of the
 *       inclusive {@link Interval}s; a single allowed value is an interval with {@code min == max};
 *   <li>{@link Lengths}: the byte length of a String (UTF-8) or Opaque value must lie in one of the
 *       intervals; bounds are whole numbers in {@code 0..Integer.MAX_VALUE};
 *   <li>{@link Strings}: a String value must equal one of the listed values (case-sensitive).
 * </ul>
 *
 * <p>Each shape constrains one aspect of a value only: {@link #accepts(BigDecimal)} checks numbers,
 * {@link #acceptsLength(int)} byte lengths and {@link #acceptsString(String)} string values, and
 * every shape accepts whatever it does not constrain. A String value {@code v} thus satisfies a
 * spec when {@code acceptsLength(utf8Length(v)) && acceptsString(v)}, whichever shape the spec has.
 *
 * <p>{@link #describe()} gives a normalised text ({@code 0..100}, {@code 1, 2, 3}, {@code 0..255
 * bytes}, {@code "a", "b"}) that {@link RangeParser} reads back into an equal spec for the same
 * resource type.
 */
public sealed interface RangeSpec {

  /** The single {@link None} instance. */
  RangeSpec NONE = new None();

  /** Whether the number {@code value} passes; only {@link Numeric} restricts numbers. */
  default boolean accepts(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    return true;
  }

  /** Whether a value of {@code byteLength} bytes passes; only {@link Lengths} restricts lengths. */
  default boolean acceptsLength(int byteLength) {
    return true;
  }

  /** Whether the string {@code value} passes; only {@link Strings} restricts string values. */
  default boolean acceptsString(String value) {
    Objects.requireNonNull(value, "value");
    return true;
  }

  /** The normalised text of this spec; the empty string for {@link None}. */
  String describe();

  /** No check: the range was blank or could not be understood. */
  record None() implements RangeSpec {
    @Override
    public String describe() {
      return "";
    }
  }

  /**
   * The value of a numeric resource must lie in one of {@code alternatives} (kept in source order,
   * never empty).
   */
  record Numeric(List<Interval> alternatives) implements RangeSpec {
    public Numeric {
      alternatives = nonEmptyCopy(alternatives);
    }

    @Override
    public boolean accepts(BigDecimal value) {
      Objects.requireNonNull(value, "value");
      for (Interval i : alternatives) {
        if (i.contains(value)) {
          return true;
        }
      }
      return false;
    }

    /** {@code 0..100}, {@code 1, 2, 3}; a lone value is written {@code 5..5}, since {@code 5} alone is not understood. */
    @Override
    public String describe() {
      if (alternatives.size() == 1 && alternatives.get(0).single()) {
        Interval i = alternatives.get(0);
        return i.min().toPlainString() + ".." + i.max().toPlainString();
      }
      return alternatives.stream().map(Interval::describe).collect(Collectors.joining(", "));
    }
  }

  /**
   * The byte length of a String (UTF-8) or Opaque value must lie in one of {@code alternatives}
   * (kept in source order, never empty; every bound a whole number in {@code 0..Integer.MAX_VALUE},
   * so {@link BigDecimal#intValueExact()} is safe on them).
   */
  record Lengths(List<Interval> alternatives) implements RangeSpec {
    private static final BigDecimal MAX_LENGTH = BigDecimal.valueOf(Integer.MAX_VALUE);

    public Lengths {
      alternatives = nonEmptyCopy(alternatives);
      for (Interval i : alternatives) {
        if (!isLength(i.min()) || !isLength(i.max())) {
          throw new IllegalArgumentException("not a byte length: " + i.describe());
        }
      }
    }

    @Override
    public boolean acceptsLength(int byteLength) {
      BigDecimal length = BigDecimal.valueOf(byteLength);
      for (Interval i : alternatives) {
        if (i.contains(length)) {
          return true;
        }
      }
      return false;
    }

    /**
     * {@code 0..255 bytes}, {@code 10, 26 bytes}; a lone exact length is written {@code 12..12
     * bytes} because {@code 12 bytes} reads back as "at most 12" (see {@link RangeParser}).
     */
    @Override
    public String describe() {
      if (alternatives.size() == 1 && alternatives.get(0).single()) {
        Interval i = alternatives.get(0);
        return i.min().toPlainString() + ".." + i.max().toPlainString() + " bytes";
      }
      return alternatives.stream().map(Interval::describe).collect(Collectors.joining(", "))
          + " bytes";
    }

    private static boolean isLength(BigDecimal d) {
      return d.scale() <= 0 && d.signum() >= 0 && d.compareTo(MAX_LENGTH) <= 0;
    }
  }

  /** A String value must equal one of {@code values} (source order, never empty). */
  record Strings(List<String> values) implements RangeSpec {
    public Strings {
      values = List.copyOf(values);
      if (values.isEmpty()) {
        throw new IllegalArgumentException("no values");
      }
    }

    @Override
    public boolean acceptsString(String value) {
      Objects.requireNonNull(value, "value");
      return values.contains(value);
    }

    /**
     * {@code "a", "b"}: each value in double quotes, or in single quotes when it contains a double
     * quote.
     */
    @Override
    public String describe() {
      return values.stream()
          .map(v -> v.indexOf('"') < 0 ? '"' + v + '"' : "'" + v + "'")
          .collect(Collectors.joining(", "));
    }
  }

  /**
   * An inclusive interval {@code min..max}. Bounds are normalised (no trailing zeros, scale never
   * negative: {@code 100.0} becomes {@code 100}, {@code 1E+2} becomes {@code 100}), so {@code
   * equals} compares values; {@code min <= max} always holds.
   */
  record Interval(BigDecimal min, BigDecimal max) {
    public Interval {
      min = normalise(Objects.requireNonNull(min, "min"));
      max = normalise(Objects.requireNonNull(max, "max"));
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException("min > max: " + min + ".." + max);
      }
    }

    /** The interval holding just {@code value}. */
    public static Interval of(BigDecimal value) {
      return new Interval(value, value);
    }

    /** {@code [min, max]} from longs, for tests and callers with integral bounds. */
    public static Interval of(long min, long max) {
      return new Interval(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** True when the interval holds a single value. */
    public boolean single() {
      return min.compareTo(max) == 0;
    }

    public boolean contains(BigDecimal value) {
      return min.compareTo(value) <= 0 && value.compareTo(max) <= 0;
    }

    /** {@code 5} for a single value, else {@code min..max}; plain decimals, never exponents. */
    public String describe() {
      return single() ? min.toPlainString() : min.toPlainString() + ".." + max.toPlainString();
    }

    private static BigDecimal normalise(BigDecimal d) {
      if (d.signum() == 0) {
        return BigDecimal.ZERO;
      }
      BigDecimal s = d.stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0) : s;
    }
  }

  private static List<Interval> nonEmptyCopy(List<Interval> alternatives) {
    List<Interval> copy = List.copyOf(alternatives);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no alternatives");
    }
    return copy;
  }
}
