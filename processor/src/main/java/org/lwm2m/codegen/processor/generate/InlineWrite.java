package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.RangeSpec;
import org.lwm2m.codegen.processor.model.ResourceBinding;
import org.lwm2m.codegen.schema.ResourceType;

/**
 * Generates the enabler's inline write path: a valid value of a single resource that has no range,
 * or one numeric interval, is checked in a few comparisons and stored, without the descriptor
 * lookups of the runtime's checked path. Every other write, and every value the inline test does
 * not accept, goes on to that checked path, which decides and words the error. The inline test
 * accepts a subset of what the checked path accepts, so both give the same outcome.
 *
 * <p>Reads have no inline path: measured (B3), it gained nothing over the runtime's one table
 * lookup, and would repeat every getter call in the generated source.
 */
final class InlineWrite {
  private InlineWrite() {}

  /** The write override, or null when no resource qualifies. */
  static MethodSpec of(ObjectBinding object, ClassName model) {
    CodeBlock.Builder cases = CodeBlock.builder();
    int count = 0;
    for (ResourceBinding r : object.resources()) {
      CodeBlock test = test(r);
      if (test == null) {
        continue;
      }
      count++;
      CodeBlock typed = typedValue(r);
      cases.add("case $T.$L:\n", model, r.constant()).indent();
      cases.beginControlFlow("if ($L)", r.mandatory() ? test : CodeBlock.of("provides(id) && $L", test))
          .beginControlFlow("try")
          .beginControlFlow("if (memory != null)")
          .addStatement("memory.$L = $L", InMemoryGenerator.field(r), typed)
          .nextControlFlow("else")
          .addStatement("implementation().$L($L)", r.setter(), typed)
          .endControlFlow()
          .nextControlFlow("catch ($T e)", RuntimeException.class)
          .addStatement("return writeFailed(id, e)")
          .endControlFlow()
          .addStatement("return written(id)")
          .endControlFlow();
      cases.addStatement("break").unindent();
    }
    if (count == 0) {
      return null;
    }
    CodeBlock body = CodeBlock.builder()
        .beginControlFlow("if (!value.isMultiInstances() && value.getId() == id)")
        .addStatement("$T v = value.getValue()", Object.class)
        .beginControlFlow("switch (id)")
        .add(cases.build())
        .add("default:\n").indent().addStatement("break").unindent()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return super.write(server, replace, id, value)")
        .build();
    return MethodSpec.methodBuilder("write")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Valid values of single resources without a range, or with one interval, are checked inline; everything\n"
            + "else takes the checked path, which also says what is wrong.\n")
        .returns(Types.WRITE_RESPONSE)
        .addParameter(Types.LWM2M_SERVER, "server")
        .addParameter(TypeName.BOOLEAN, "replace")
        .addParameter(int.class, "id")
        .addParameter(Types.LWM2M_RESOURCE, "value")
        .addCode(body)
        .build();
  }

  /** The inline test of {@code v} for {@code r}, or null when {@code r} takes the checked path only. */
  private static CodeBlock test(ResourceBinding r) {
    if (!r.hasSetter() || r.multiple() || leshanClass(r) == null) {
      return null;
    }
    TypeName leshan = leshanClass(r);
    CodeBlock isType = CodeBlock.of("v instanceof $T", leshan);
    RangeSpec range = r.range();
    if (range instanceof RangeSpec.None) {
      return isType;
    }
    boolean numeric = r.type() == ResourceType.INTEGER || r.type() == ResourceType.FLOAT;
    if (!numeric || !(range instanceof RangeSpec.Numeric)) {
      return null;
    }
    List<RangeSpec.Interval> alternatives = ((RangeSpec.Numeric) range).alternatives();
    if (alternatives.size() != 1) {
      return null;
    }
    RangeSpec.Interval i = alternatives.get(0);
    if (i.min().compareTo(i.max()) == 0) {
      return null; // a single value is an enumeration check, which tells -0.0 from 0.0
    }
    return CodeBlock.of("$L && ($T) v >= $L && ($T) v <= $L", isType,
        leshan, CheckCode.literal(i.min(), r.type()), leshan, CheckCode.literal(i.max(), r.type()));
  }

  /**
   * {@code v} as the setter takes it: cast to its Leshan class (unboxed or not by Java's own
   * conversions), a Time made an {@code Instant} unless the interface uses {@code Date}. Stores
   * straight into {@code InMemory}'s fields, so that writes cost what a hand-written one does.
   */
  private static CodeBlock typedValue(ResourceBinding r) {
    CodeBlock cast = CodeBlock.of("($T) v", leshanClass(r));
    return r.type() == ResourceType.TIME && r.form() != ResourceBinding.JavaForm.DATE
        ? CodeBlock.of("($L).toInstant()", cast)
        : cast;
  }

  /** The class of the resource's values in Leshan nodes; null for a resource without a type. */
  private static TypeName leshanClass(ResourceBinding r) {
    if (r.type() == null || r.type() == ResourceType.NONE) {
      return null;
    }
    return r.type() == ResourceType.TIME ? Types.DATE : Types.boxed(r.type()); // Leshan holds a Date
  }
}
