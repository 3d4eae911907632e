package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;

/**
 * Generates {@code NValidator}: a typed check per resource value (type, range, enumeration,
 * length) and checks of whole Leshan nodes (also single/multiple and mandatory resources), for
 * device code and for servers checking what a device sent. The rules live in the model's
 * descriptors; this class gives them typed names.
 */
public final class ValidatorGenerator {

  public JavaFile generate(ObjectBinding object) {
    ClassName model = ClassName.get(object.packageName(), object.modelName());
    ClassName resources = model.nestedClass("Resources");
    ParameterizedTypeName problem = ParameterizedTypeName.get(Types.OPTIONAL, Types.STRING);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(object.validatorName())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addAnnotation(Sources.generated(object))
            .addJavadoc("Checks values of $L", Docs.object(object))
            .addJavadoc("\n<p>Every check returns what is wrong, naming the resource and the rule; empty when valid.\n")
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ResourceBinding r : object.resources()) {
      if (!r.hasValue()) {
        continue;
      }
      type.addMethod(
          MethodSpec.methodBuilder("check" + r.property())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .addJavadoc("Checks a value of $L", Docs.summary(r))
              .addParameter(Types.valueType(r), "value")
              .returns(problem)
              .addStatement(
                  "return $T.ofNullable($T.$L.check($L))", Types.OPTIONAL, resources, r.constant(), Types.descriptorValue(r, "value"))
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("validate")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Every problem of an object instance, as a device would send it: each resource checked and every\nmandatory readable resource present. Empty when it is valid.\n")
            .addParameter(Types.OBJECT_INSTANCE, "instance")
            .returns(ParameterizedTypeName.get(Types.LIST, Types.STRING))
            .addStatement("return $T.OBJECT.validate(instance)", model)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("validate")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("What is wrong with one resource node (unknown resource, single or multiple, each value).\n")
            .addParameter(Types.LWM2M_RESOURCE, "resource")
            .returns(problem)
            .addStatement("return $T.ofNullable($T.OBJECT.validate(resource))", Types.OPTIONAL, model)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isValid")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("True when {@link #validate($T)} finds nothing.\n", Types.OBJECT_INSTANCE)
            .addParameter(Types.OBJECT_INSTANCE, "instance")
            .returns(boolean.class)
            .addStatement("return validate(instance).isEmpty()")
            .build());
    return Sources.file(object, type.build());
  }
}
