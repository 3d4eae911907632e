package org.lwm2m.codegen.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.leshan.core.util.datatype.ULong;

/** Factories for the {@link ValueCheck}s generated code builds from RangeEnumeration values. */
public final class Checks {
  private Checks() {}

  /** Inclusive range of an Integer resource. */
  public static ValueCheck longRange(long min, long max) {
    return new Simple("range", min + ".." + max) {
      @Override
      public boolean accepts(Object value) {
        long v = ((Number) value).longValue();
        return v >= min && v <= max;
      }
    };
  }

  /** Inclusive range of a Float resource. */
  public static ValueCheck doubleRange(double min, double max) {
    return new Simple("range", format(min) + ".." + format(max)) {
      @Override
      public boolean accepts(Object value) {
        double v = ((Number) value).doubleValue();
        return v >= min && v <= max;
      }
    };
  }

  /** Inclusive range of an Unsigned Integer resource, bounds as decimal strings. */
  public static ValueCheck unsignedRange(String min, String max) {
    long lo = ULong.valueOf(min).longValue();
    long hi = ULong.valueOf(max).longValue();
    return new Simple("range", min + ".." + max) {
      @Override
      public boolean accepts(Object value) {
        long v = ((ULong) value).longValue();
        return Long.compareUnsigned(v, lo) >= 0 && Long.compareUnsigned(v, hi) <= 0;
      }
    };
  }

  /** Inclusive length range in bytes (UTF-8 for String) of a String or Opaque resource. */
  public static ValueCheck length(int min, int max) {
    String text = min == max ? min + " bytes" : min + ".." + max + " bytes";
    return new Simple("length", text) {
      @Override
      public boolean accepts(Object value) {
        int n = byteLength(value);
        return n >= min && n <= max;
      }
    };
  }

  /** The allowed values of an Integer resource. */
  public static ValueCheck longValues(long... allowed) {
    long[] sorted = allowed.clone();
    Arrays.sort(sorted);
    return new Simple("enumeration", join(Arrays.stream(allowed).mapToObj(Long::toString))) {
      @Override
      public boolean accepts(Object value) {
        return Arrays.binarySearch(sorted, ((Number) value).longValue()) >= 0;
      }
    };
  }

  /** The allowed values of a Float resource. */
  public static ValueCheck doubleValues(double... allowed) {
    double[] sorted = allowed.clone();
    Arrays.sort(sorted);
    return new Simple("enumeration", join(Arrays.stream(allowed).mapToObj(Checks::format))) {
      @Override
      public boolean accepts(Object value) {
        return Arrays.binarySearch(sorted, ((Number) value).doubleValue()) >= 0;
      }
    };
  }

  /** The allowed values of a String resource. */
  public static ValueCheck stringValues(String... allowed) {
    List<String> values = List.of(allowed);
    return new Simple("enumeration", join(values.stream().map(s -> '"' + s + '"'))) {
      @Override
      public boolean accepts(Object value) {
        return values.contains(value);
      }
    };
  }

  /** Accepts what any of {@code checks} accepts: mixed lists such as {@code 0..247, 255}. */
  public static ValueCheck anyOf(ValueCheck... checks) {
    ValueCheck[] all = checks.clone();
    String rule = Arrays.stream(all).allMatch(c -> c.rule().equals("length")) ? "length" : "range";
    return new Simple(rule, join(Arrays.stream(all).map(ValueCheck::describe))) {
      @Override
      public boolean accepts(Object value) {
        for (ValueCheck c : all) {
          if (c.accepts(value)) {
            return true;
          }
        }
        return false;
      }
    };
  }

  static int byteLength(Object value) {
    if (value instanceof byte[]) {
      return ((byte[]) value).length;
    }
    return utf8Length((String) value);
  }

  /**
   * The length of {@code s} as Java's UTF-8 encoder writes it (which Leshan uses), without
   * encoding it: the write path must not allocate.
   */
  static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        n += 1; // a lone surrogate: the encoder writes '?'
      } else {
        n += 3;
      }
    }
    return n;
  }

  static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  private static String join(java.util.stream.Stream<String> parts) {
    return parts.collect(Collectors.joining(", "));
  }

  /** Keeps a check's rule and description; subclasses add {@link #accepts}. */
  private abstract static class Simple implements ValueCheck {
    private final String rule;
    private final String description;

    Simple(String rule, String description) {
      this.rule = rule;
      this.description = description;
    }

    @Override
    public String rule() {
      return rule;
    }

    @Override
    public String describe() {
      return description;
    }

    @Override
    public String toString() {
      return rule + " " + description;
    }
  }
}
