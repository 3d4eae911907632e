package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;

/**
 * Generates {@code N}, the object's Java interface, as a user would write it: a getter per
 * readable resource, a setter per writable one, a method per executable one. Optional resources
 * are default methods that throw {@code ResourceNotProvidedException}; an implementation provides
 * such a resource by overriding them.
 */
public final class InterfaceGenerator {

  public JavaFile generate(ObjectBinding object) {
    ClassName model = ClassName.get(object.packageName(), object.modelName());
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(object.name())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(Sources.generated(object))
            .addJavadoc("$L", Docs.object(object))
            .addJavadoc("\n<p>Implement it and serve it with {@link $L}.\n", object.enablerName());
    for (ResourceBinding r : object.resources()) {
      if (r.hasGetter()) {
        type.addMethod(method(r, model, r.getter()).returns(Types.valueType(r)).build());
      }
      if (r.hasSetter()) {
        type.addMethod(method(r, model, r.setter()).addParameter(Types.valueType(r), "value").build());
      }
      if (r.executable()) {
        type.addMethod(method(r, model, r.executeMethod()).addParameter(Types.ARGUMENTS, "arguments").build());
      }
    }
    return Sources.file(object, type.build());
  }

  private static MethodSpec.Builder method(ResourceBinding r, ClassName model, String name) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC).addJavadoc("$L", Docs.resource(r));
    if (r.mandatory()) {
      return m.addModifiers(Modifier.ABSTRACT);
    }
    return m.addModifiers(Modifier.DEFAULT)
        .addJavadoc("\n<p>Optional: override to provide it; otherwise the resource does not exist.\n")
        .addStatement("throw new $T($T.$L)", Types.NOT_PROVIDED, model, r.constant());
  }
}
