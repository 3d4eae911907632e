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
            .initializer(
                // An array, not List.of(a, b, ...): javac's overload resolution of a call with
                // hundreds of arguments can overflow its stack.
                "new $T(ID, $L, $L, VERSION, $L, $L, $T.of(new $T[] {$L}), $L, $L, $L)",
                Types.OBJECT_MODEL,
                Sources.string(d.name()),
                Sources.string(d.description1()),
                d.multiple(),
                d.mandatory(),
                Types.LIST,
                Types.RESOURCE_MODEL,
                CodeBlock.join(models, ", "),
                Sources.string(d.urn()),
                Sources.string(d.effectiveLwm2mVersion()),
                Sources.string(d.description2()))
            .build());
    type.addField(
        FieldSpec.builder(Types.OBJECT_DESCRIPTOR, "OBJECT", CONSTANT)
            .addJavadoc("The object's model with its typed resource descriptors.\n")
            .initializer(
                descriptors.isEmpty()
                    ? CodeBlock.of("new $T(MODEL)", Types.OBJECT_DESCRIPTOR)
                    : CodeBlock.of(
                        "new $T(MODEL, new $T[] {$L})",
                        Types.OBJECT_DESCRIPTOR,
                        Types.RESOURCE_DESCRIPTOR,
                        CodeBlock.join(descriptors, ", ")))
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
        init = CodeBlock.of("$T.of($L)", Types.EXECUTABLE_RESOURCE, model);
      } else {
        init =
            CodeBlock.of(
                "$T.of($L, $T.class, $L)",
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

  private static CodeBlock resourceModel(ResourceDefinition d) {
    return CodeBlock.of(
        "new $T($L, $L, $L, $L, $L, $L, $L, $L, $L)",
        Types.RESOURCE_MODEL,
        d.id(),
        Sources.string(d.name()),
        d.operations() == null ? "null" : CodeBlock.of("$T.$L", Types.OPERATIONS, d.operations().name()),
        d.multiple(),
        d.mandatory(),
        d.type() == null ? "null" : CodeBlock.of("$T.$L", Types.LESHAN_TYPE, Types.leshanType(d.type())),
        Sources.string(d.rangeEnumeration()),
        Sources.string(d.units()),
        Sources.string(d.description()));
  }
}
