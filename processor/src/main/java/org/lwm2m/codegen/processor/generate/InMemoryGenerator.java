package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;

/**
 * Generates {@code NEnabler.InMemory}: an implementation of the object interface holding a valid
 * value for every resource, optional ones included. Its setters (one for every resource, read-only
 * ones too) check the value and notify observers through the enabler.
 */
final class InMemoryGenerator {

  /** The field holding resource {@code r}'s value. */
  static String field(ResourceBinding r) {
    return "r" + r.id();
  }

  TypeSpec generate(ObjectBinding object, ClassName api, ClassName model) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder("InMemory")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(api)
            .addSuperinterface(Types.CHANGE_NOTIFYING)
            .addSuperinterface(Types.RESETTABLE)
            .addJavadoc(
                "An implementation that keeps every resource in memory, starting from valid values. Device code\n"
                    + "changes values with the setters; each is checked like a server's write and notifies observers.\n"
                    + "Executable resources do nothing. Arrays are kept, not copied: set a new one rather than change it in place.\n");
    type.addField(
        FieldSpec.builder(Types.INT_CONSUMER, "listener", Modifier.PRIVATE, Modifier.VOLATILE)
            .initializer("id -> { }")
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build());
    CodeBlock.Builder reset = CodeBlock.builder().beginControlFlow("switch (resourceId)");
    for (ResourceBinding r : object.resources()) {
      String field = field(r);
      if (r.executable()) {
        MethodSpec.Builder execute =
            MethodSpec.methodBuilder(r.executeMethod()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
        if (r.executeTakesArguments()) {
          execute.addParameter(Types.ARGUMENTS, "arguments");
        }
        type.addMethod(execute.build());
        continue;
      }
      TypeName valueType = Types.valueType(r);
      CodeBlock initial = InitialValues.of(r);
      type.addField(FieldSpec.builder(valueType, field, Modifier.PRIVATE, Modifier.VOLATILE).initializer(initial).build());
      MethodSpec.Builder getter =
          MethodSpec.methodBuilder(r.getter()).addModifiers(Modifier.PUBLIC).returns(valueType).addStatement("return $L", field);
      if (r.hasGetter()) {
        getter.addAnnotation(Override.class);
      }
      type.addMethod(getter.build());
      MethodSpec.Builder setter =
          MethodSpec.methodBuilder(r.setter())
              .addModifiers(Modifier.PUBLIC)
              .addJavadoc("Sets $L", Docs.summary(r))
              .addJavadoc("\n@throws IllegalArgumentException when the value breaks the resource's rules\n")
              .addParameter(valueType, "value");
      if (r.hasSetter()) {
        setter.addAnnotation(Override.class);
      }
      if (r.multiple()) {
        setter.addStatement("$L = $T.Resources.$L.require(value)", field, model, r.constant());
      } else {
        setter
            .addStatement("$T.Resources.$L.require($L)", model, r.constant(), Types.descriptorValue(r, "value"))
            .addStatement("$L = value", field);
      }
      type.addMethod(setter.addStatement("listener.accept($T.$L)", model, r.constant()).build());
      if (r.hasSetter()) {
        reset.add("case $T.$L:\n", model, r.constant()).indent();
        reset.addStatement("$L = $L", field, initial).addStatement("break").unindent();
      }
    }
    reset.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    type.addMethod(
        MethodSpec.methodBuilder("reset")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Puts a writable resource back to its initial value.\n")
            .addParameter(int.class, "resourceId")
            .addCode(reset.build())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("reportsEveryChange")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addStatement("return true")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("setChangeListener")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.INT_CONSUMER, "listener")
            .addStatement("this.listener = listener")
            .build());
    return type.build();
  }
}
