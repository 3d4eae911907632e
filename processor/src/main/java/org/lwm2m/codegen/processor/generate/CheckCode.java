package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lwm2m.codegen.processor.model.RangeSpec.Interval;
import org.lwm2m.codegen.processor.model.RangeSpec;
import org.lwm2m.codegen.processor.model.ResourceBinding;
import org.lwm2m.codegen.schema.ResourceType;

/** Turns an understood RangeEnumeration into the runtime {@code Checks} expression that enforces it. */
final class CheckCode {
  private CheckCode() {}

  /** The check expression for {@code r}, or {@code null} when there is nothing to check. */
  static CodeBlock of(ResourceBinding r) {
    RangeSpec spec = r.range();
    if (spec instanceof RangeSpec.Numeric) {
      return numeric(((RangeSpec.Numeric) spec).alternatives(), r.type());
    }
    if (spec instanceof RangeSpec.Lengths) {
      List<CodeBlock> parts = new ArrayList<>();
      for (Interval i : ((RangeSpec.Lengths) spec).alternatives()) {
        parts.add(CodeBlock.of("$T.length($L, $L)", Types.CHECKS, i.min().intValueExact(), i.max().intValueExact()));
      }
      return anyOf(parts);
    }
    if (spec instanceof RangeSpec.Strings) {
      CodeBlock.Builder b = CodeBlock.builder().add("$T.stringValues(", Types.CHECKS);
      List<String> values = ((RangeSpec.Strings) spec).values();
      for (int i = 0; i < values.size(); i++) {
        b.add(i == 0 ? "$L" : ", $L", Sources.string(values.get(i)));
      }
      return b.add(")").build();
    }
    return CodeBlock.of("null");
  }

  private static CodeBlock numeric(List<Interval> alternatives, ResourceType type) {
    List<CodeBlock> ranges = new ArrayList<>();
    List<String> points = new ArrayList<>();
    for (Interval i : alternatives) {
      if (i.min().compareTo(i.max()) == 0 && type != ResourceType.UNSIGNED_INTEGER) {
        points.add(literal(i.min(), type));
      } else {
        ranges.add(range(i, type));
      }
    }
    if (!points.isEmpty()) {
      String factory = type == ResourceType.FLOAT ? "doubleValues" : "longValues";
      ranges.add(CodeBlock.of("$T.$L($L)", Types.CHECKS, factory, String.join(", ", points)));
    }
    return anyOf(ranges);
  }

  private static CodeBlock range(Interval i, ResourceType type) {
    switch (type) {
      case INTEGER:
        return CodeBlock.of("$T.longRange($L, $L)", Types.CHECKS, literal(i.min(), type), literal(i.max(), type));
      case UNSIGNED_INTEGER:
        return CodeBlock.of(
            "$T.unsignedRange($S, $S)", Types.CHECKS, i.min().toBigIntegerExact(), i.max().toBigIntegerExact());
      default:
        return CodeBlock.of("$T.doubleRange($L, $L)", Types.CHECKS, literal(i.min(), type), literal(i.max(), type));
    }
  }

  /** A Java literal for a bound: {@code 5L}, {@code Long.MIN_VALUE}, {@code 0.5}. */
  static String literal(BigDecimal value, ResourceType type) {
    if (type == ResourceType.FLOAT) {
      double d = value.doubleValue();
      if (Double.isInfinite(d)) {
        return d > 0 ? "Double.MAX_VALUE" : "-Double.MAX_VALUE";
      }
      return Double.toString(d);
    }
    long v = value.longValueExact();
    return v == Long.MIN_VALUE ? "Long.MIN_VALUE" : v + "L";
  }

  private static CodeBlock anyOf(List<CodeBlock> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return CodeBlock.of("$T.anyOf($L)", Types.CHECKS, CodeBlock.join(parts, ", "));
  }
}
