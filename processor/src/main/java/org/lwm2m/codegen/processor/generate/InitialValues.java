package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.math.BigDecimal;
import java.util.List;
import org.lwm2m.codegen.processor.model.RangeSpec.Interval;
import org.lwm2m.codegen.processor.model.RangeSpec;
import org.lwm2m.codegen.processor.model.ResourceBinding;
import org.lwm2m.codegen.schema.ResourceType;

/**
 * The initial value of each resource in a generated in-memory implementation: the type's zero
 * when the resource's range allows it, else the smallest allowed value, so every initial state
 * passes the validator.
 */
final class InitialValues {
  private InitialValues() {}

  /** The initial value of {@code r} in its interface type (a one-instance map when multiple). */
  static CodeBlock of(ResourceBinding r) {
    CodeBlock one = single(r);
    return r.multiple() ? CodeBlock.of("$T.of(0, $L)", Types.MAP, one) : one;
  }

  private static CodeBlock single(ResourceBinding r) {
    RangeSpec spec = r.range();
    ResourceType type = r.type();
    switch (type) {
      case INTEGER:
      case FLOAT:
        return CodeBlock.of("$L", CheckCode.literal(numeric(spec), type));
      case UNSIGNED_INTEGER:
        return CodeBlock.of("$T.valueOf($S)", Types.ULONG, numeric(spec).toBigIntegerExact());
      case STRING:
        if (spec instanceof RangeSpec.Strings) {
          return Sources.string(((RangeSpec.Strings) spec).values().get(0));
        }
        int chars = length(spec);
        return chars == 0 ? CodeBlock.of("$S", "") : CodeBlock.of("$S.repeat($L)", "0", chars);
      case OPAQUE:
        return CodeBlock.of("new byte[$L]", length(spec));
      case BOOLEAN:
        return CodeBlock.of("false");
      case TIME:
        return r.form() == ResourceBinding.JavaForm.DATE
            ? CodeBlock.of("new $T(0L)", Types.DATE)
            : CodeBlock.of("$T.EPOCH", Types.INSTANT);
      case OBJLNK:
        return CodeBlock.of("new $T()", Types.OBJECT_LINK);
      case CORELNK:
        return CodeBlock.of("new $T[0]", Types.LINK);
      default:
        throw new IllegalArgumentException("no value for " + type);
    }
  }

  /** Zero when allowed, else the lowest bound of the first alternative. */
  private static BigDecimal numeric(RangeSpec spec) {
    if (!(spec instanceof RangeSpec.Numeric)) {
      return BigDecimal.ZERO;
    }
    List<Interval> alternatives = ((RangeSpec.Numeric) spec).alternatives();
    for (Interval i : alternatives) {
      if (i.min().signum() <= 0 && i.max().signum() >= 0) {
        return BigDecimal.ZERO;
      }
    }
    return alternatives.get(0).min();
  }

  /** The shortest allowed length (0 when allowed). */
  private static int length(RangeSpec spec) {
    if (!(spec instanceof RangeSpec.Lengths)) {
      return 0;
    }
    int shortest = Integer.MAX_VALUE;
    for (Interval i : ((RangeSpec.Lengths) spec).alternatives()) {
      shortest = Math.min(shortest, i.min().intValueExact());
    }
    return shortest;
  }
}
