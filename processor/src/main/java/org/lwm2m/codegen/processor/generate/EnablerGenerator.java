package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;

/**
 * Generates {@code NEnabler}, the Leshan instance enabler of the object: resource IDs mapped to
 * the implementation's methods with switches (the checking and notifying live in the runtime's
 * {@code TypedInstanceEnabler}), factories for Leshan, and {@code InMemory}, an implementation
 * holding valid values for every resource. The runtime stores the values it has checked into an
 * {@code InMemory} through its {@code store} method, without the setters' second check.
 */
public final class EnablerGenerator {

  public JavaFile generate(ObjectBinding object) {
    ClassName self = ClassName.get(object.packageName(), object.enablerName());
    ClassName api = ClassName.get(object.packageName(), object.name());
    ClassName model = ClassName.get(object.packageName(), object.modelName());
    ClassName inMemory = self.nestedClass("InMemory");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .superclass(ParameterizedTypeName.get(Types.TYPED_ENABLER, api))
            .addAnnotation(Sources.generated(object))
            .addJavadoc("The Leshan instance enabler of $L", Docs.object(object))
            .addJavadoc(
                "\n<p>Written values are checked against the model before the implementation sees them; resources an\n"
                    + "implementation does not provide answer 4.04 Not Found. Register with Leshan's {@code ObjectsInitializer}:\n"
                    + "{@code setInstancesForObject($T.ID, enabler)} (a factory for Create is found from the public no-argument\n"
                    + "constructor, or set {@link #factory()}).\n",
                model);
    type.addField(
        FieldSpec.builder(Types.AVAILABILITY, "AVAILABILITY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer(availability(object, api, model))
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("An enabler for instance {@code instanceId} served by {@code implementation}.\n")
            .addParameter(int.class, "instanceId")
            .addParameter(api, "implementation")
            .addStatement("super(instanceId, $T.OBJECT, implementation, AVAILABILITY)", model)
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("An in-memory instance whose ID Leshan assigns (used for a server's Create).\n")
            .addStatement("super($T.OBJECT, new $T(), AVAILABILITY)", model, inMemory)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("inMemory")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("An enabler for instance {@code instanceId} backed by a new {@link InMemory} implementation.\n")
            .addParameter(int.class, "instanceId")
            .returns(self)
            .addStatement("return new $T(instanceId, new $T())", self, inMemory)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("factory")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("A factory of in-memory instances for Leshan's {@code ObjectsInitializer.setFactoryForObject}.\n")
            .returns(Types.ENABLER_FACTORY_API)
            .addStatement("return new $T($T::new)", Types.ENABLER_FACTORY, self)
            .build());
    type.addMethod(readResource(object, model));
    type.addMethod(writeResource(object, model));
    type.addMethod(executeResource(object, model));
    type.addType(new InMemoryGenerator().generate(object, api, model));
    return Sources.file(object, type.build());
  }

  private static CodeBlock availability(ObjectBinding object, ClassName api, ClassName model) {
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of($T.OBJECT, $T.class)", Types.AVAILABILITY, model, api).indent();
    // Mandatory resources are always provided (the runtime takes them from the model).
    for (ResourceBinding r : object.resources()) {
      if (r.mandatory()) {
        continue;
      } else if (r.hasGetter()) {
        b.add("\n.optional($T.$L, $S)", model, r.constant(), r.getter());
      } else if (r.hasSetter()) {
        b.add("\n.optional($T.$L, $S, $T.class)", model, r.constant(), r.setter(), Types.erased(Types.valueType(r)));
      } else {
        b.add("\n.optional($T.$L, $S$L)", model, r.constant(), r.executeMethod(),
            r.executeTakesArguments() ? CodeBlock.of(", $T.class", Types.ARGUMENTS) : "");
      }
    }
    return b.add("\n.build()").unindent().build();
  }

  private static MethodSpec readResource(ObjectBinding object, ClassName model) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (ResourceBinding r : object.resources()) {
      if (r.hasGetter()) {
        body.add("case $T.$L:\n", model, r.constant()).indent();
        body.addStatement("return $L", readExpression(r, model)).unindent();
      }
    }
    return MethodSpec.methodBuilder("readResource")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(int.class, "id")
        .returns(Types.LWM2M_RESOURCE)
        .addCode(switchOnId(body.build()))
        .build();
  }

  /** Leshan's typed node factories for single values; the descriptor for the rest. */
  private static CodeBlock readExpression(ResourceBinding r, ClassName model) {
    CodeBlock value = CodeBlock.of("implementation().$L()", r.getter());
    if (r.multiple()) {
      return CodeBlock.of("$T.Resources.$L.node($L)", model, r.constant(), value);
    }
    switch (r.type()) {
      case STRING:
        return CodeBlock.of("$T.newStringResource(id, $L)", Types.SINGLE_NODE, value);
      case INTEGER:
        return CodeBlock.of("$T.newIntegerResource(id, $L)", Types.SINGLE_NODE, value);
      case UNSIGNED_INTEGER:
        return CodeBlock.of("$T.newUnsignedIntegerResource(id, $L)", Types.SINGLE_NODE, value);
      case FLOAT:
        return CodeBlock.of("$T.newFloatResource(id, $L)", Types.SINGLE_NODE, value);
      case BOOLEAN:
        return CodeBlock.of("$T.newBooleanResource(id, $L)", Types.SINGLE_NODE, value);
      case OPAQUE:
        return CodeBlock.of("$T.newBinaryResource(id, $L)", Types.SINGLE_NODE, value);
      case TIME:
        return r.form() == ResourceBinding.JavaForm.DATE
            ? CodeBlock.of("$T.newDateResource(id, $L)", Types.SINGLE_NODE, value)
            : CodeBlock.of("$T.newDateResource(id, $T.from($L))", Types.SINGLE_NODE, Types.DATE, value);
      case OBJLNK:
        return CodeBlock.of("$T.newObjectLinkResource(id, $L)", Types.SINGLE_NODE, value);
      case CORELNK:
        return CodeBlock.of("$T.newCoreLinkResource(id, $L)", Types.SINGLE_NODE, value);
      default:
        throw new IllegalArgumentException("no value type: " + r.type());
    }
  }

  private static MethodSpec writeResource(ObjectBinding object, ClassName model) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (ResourceBinding r : object.resources()) {
      if (r.hasSetter()) {
        body.add("case $T.$L:\n", model, r.constant()).indent();
        CodeBlock read = CodeBlock.of("$T.Resources.$L.read(value)", model, r.constant());
        if (r.form() == ResourceBinding.JavaForm.DATE) {
          read = CodeBlock.of("$T.from($L)", Types.DATE, read);
        }
        body.addStatement("implementation().$L($L)", r.setter(), read);
        body.addStatement("return").unindent();
      }
    }
    return MethodSpec.methodBuilder("writeResource")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(int.class, "id")
        .addParameter(Types.LWM2M_RESOURCE, "value")
        .addCode(switchOnId(body.build()))
        .build();
  }

  private static MethodSpec executeResource(ObjectBinding object, ClassName model) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (ResourceBinding r : object.resources()) {
      if (r.executable()) {
        body.add("case $T.$L:\n", model, r.constant()).indent();
        body.addStatement("implementation().$L($L)", r.executeMethod(), r.executeTakesArguments() ? "arguments" : "");
        body.addStatement("return").unindent();
      }
    }
    return MethodSpec.methodBuilder("executeResource")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PROTECTED)
        .addParameter(int.class, "id")
        .addParameter(Types.ARGUMENTS, "arguments")
        .addCode(switchOnId(body.build()))
        .build();
  }

  /**
   * A switch on resource {@code id} with {@code cases}, and the one answer of every generated
   * switch to an ID it has no case for, which the runtime turns into 4.04 (read, execute) or 4.05
   * (write).
   */
  static CodeBlock switchOnId(CodeBlock cases) {
    CodeBlock unknown = CodeBlock.of("throw new $T(id);\n", Types.NOT_PROVIDED);
    if (cases.isEmpty()) {
      return unknown;
    }
    return CodeBlock.builder()
        .beginControlFlow("switch (id)")
        .add(cases)
        .add("default:\n")
        .indent()
        .add(unknown)
        .unindent()
        .endControlFlow()
        .build();
  }
}
