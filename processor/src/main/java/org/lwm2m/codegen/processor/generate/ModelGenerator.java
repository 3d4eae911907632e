package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ResourceDefinition;

/**
 * Generates {@code NModel}: the object ID, version and resource ID constants, Leshan's {@code
 * ObjectModel} ({@code MODEL}, field for field what Leshan's parser gives for the same XML), and
 * the typed resource descriptors in the nested class {@code Resources}.
 *
 * <p>The resource models are built in {@code Resources} and {@code MODEL} refers to them (never the
 * other way round), so either class can be initialised first.
 */
public final class ModelGenerator {
  private static final Modifier[] CONSTANT = {Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL};

  public JavaFile generate(ObjectBinding object) {
    ObjectDefinition d = object.definition();
    ClassName self = ClassName.get(object.packageName(), object.modelName());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Sources.generated(object))
            .addJavadoc("The model of $L", Docs.object(object))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addField(FieldSpec.builder(int.class, "ID", CONSTANT).addJavadoc("The object ID.\n").initializer("$L", d.objectId()).build());
    type.addField(
        FieldSpec.builder(String.class, "VERSION", CONSTANT)
            .addJavadoc("The object version.\n")
            .initializer(Sources.string(d.effectiveObjectVersion()))
            .build());
    for (ResourceBinding r : object.resources()) {
      type.addField(
          FieldSpec.builder(int.class, r.constant(), CONSTANT)
              .addJavadoc("$L", Docs.resource(r))
              .initializer("$L", r.id())
              .build());
    }
    ClassName resources = self.nestedClass("Resources");
    List<CodeBlock> models = new ArrayList<>();
    List<CodeBlock> descriptors = new ArrayList<>();
    for (ResourceBinding r : object.resources()) {
      models.add(CodeBlock.of("$T.$L.model()", resources, r.constant()));
      descriptors.add(CodeBlock.of("$T.$L", resources, r.constant()));
    }
    type.addField(
        FieldSpec.builder(Types.OBJECT_MODEL, "MODEL", CONSTANT)
            .addJavadoc("Leshan's model of the object, equal to what Leshan reads from $L.\n", Javadoc.safe(object.source()))
            .initializer(objectModel(d, models))
            .build());
    type.addField(
        FieldSpec.builder(Types.OBJECT_DESCRIPTOR, "OBJECT", CONSTANT)
            .addJavadoc("The object's model with its typed resource descriptors.\n")
            .initializer(
                descriptors.isEmpty()
                    ? CodeBlock.of("new $T(MODEL)", Types.OBJECT_DESCRIPTOR)
                    : CodeBlock.of(
                        "new $T(MODEL, new $T[] {$>$>$L$<$<})",
                        Types.OBJECT_DESCRIPTOR,
                        Types.RESOURCE_DESCRIPTOR,
                        eachOnALine(descriptors)))
            .build());
    type.addType(resourcesClass(object));
    return Sources.file(object, type.build());
  }

  private static TypeSpec resourcesClass(ObjectBinding object) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder("Resources")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Typed descriptors of the resources: their models, checks and typed access to Leshan nodes.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ResourceBinding r : object.resources()) {
      CodeBlock model = resourceModel(r.definition());
      CodeBlock init;
      if (!r.hasValue()) {
        init = CodeBlock.of("$T.of($>$>\n$L)$<$<", Types.EXECUTABLE_RESOURCE, model);
      } else {
        init =
            CodeBlock.of(
                "$T.of($>$>\n$L,\n$T.class,\n$L)$<$<",
                r.multiple() ? Types.MULTI_RESOURCE : Types.SINGLE_RESOURCE,
                model,
                Types.boxed(r.type()),
                CheckCode.of(r));
      }
      type.addField(
          FieldSpec.builder(Types.descriptorType(r), r.constant(), CONSTANT)
              .addJavadoc("$L", Docs.summary(r))
              .initializer(init)
              .build());
    }
    return type.build();
  }

  /**
   * Leshan's {@code ObjectModel} constructor call, one argument a line, each positional literal
   * named by a parameter comment ({@code name=} between comment marks). The resource models are passed as
   * an array, not {@code List.of(a, b, ...)}: javac's overload resolution of a call with hundreds of
   * arguments can overflow its stack.
   */
  private static CodeBlock objectModel(ObjectDefinition d, List<CodeBlock> models) {
    return CodeBlock.builder()
        .add("new $T($>$>\n", Types.OBJECT_MODEL)
        .add("ID,\n")
        .add("/* name= */ $L,\n", Sources.string(d.name()))
        .add("/* description= */ $L,\n", Sources.string(d.description1()))
        .add("VERSION,\n")
        .add("/* multiple= */ $L,\n", d.multiple())
        .add("/* mandatory= */ $L,\n", d.mandatory())
        .add("$T.of(new $T[] {$>$>$L$<$<}),\n", Types.LIST, Types.RESOURCE_MODEL, eachOnALine(models))
        .add("/* urn= */ $L,\n", Sources.string(d.urn()))
        .add("/* lwm2mVersion= */ $L,\n", Sources.string(d.effectiveLwm2mVersion()))
        .add("/* description2= */ $L)$<$<", Sources.string(d.description2()))
        .build();
  }

  /** Leshan's {@code ResourceModel} constructor call, wrapped and commented like {@link #objectModel}. */
  private static CodeBlock resourceModel(ResourceDefinition d) {
    return CodeBlock.builder()
        .add("new $T($>$>\n", Types.RESOURCE_MODEL)
        .add("/* id= */ $L,\n", d.id())
        .add("/* name= */ $L,\n", Sources.string(d.name()))
        .add("$L,\n", d.operations() == null ? "/* operations= */ null" : CodeBlock.of("$T.$L", Types.OPERATIONS, d.operations().name()))
        .add("/* multiple= */ $L,\n", d.multiple())
        .add("/* mandatory= */ $L,\n", d.mandatory())
        .add("$L,\n", d.type() == null ? "/* type= */ null" : CodeBlock.of("$T.$L", Types.LESHAN_TYPE, Types.leshanType(d.type())))
        .add("/* rangeEnumeration= */ $L,\n", Sources.string(d.rangeEnumeration()))
        .add("/* units= */ $L,\n", Sources.string(d.units()))
        .add("/* description= */ $L)$<$<", Sources.string(d.description()))
        .build();
  }

  /** {@code items} separated by commas, each on a line of its own. */
  private static CodeBlock eachOnALine(List<CodeBlock> items) {
    return CodeBlock.builder().add("\n").add(CodeBlock.join(items, ",\n")).add("\n").build();
  }
}
