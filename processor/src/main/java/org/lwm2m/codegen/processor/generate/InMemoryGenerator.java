package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;

/**
 * Generates {@code NEnabler.InMemory}: an implementation of the object interface holding a valid
 * value for every resource, optional ones included, in fields named after the resources. Its
 * setters (one for every resource, read-only ones too) check the value and notify observers; its
 * {@code store} takes the values the runtime has already checked, and notifies nobody (the runtime
 * does, once).
 */
final class InMemoryGenerator {

  TypeSpec generate(ObjectBinding object, ClassName api, ClassName model) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder("InMemory")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(Types.IN_MEMORY_IMPLEMENTATION)
            .addSuperinterface(api)
            .addJavadoc(
                "An implementation that keeps every resource in memory, starting from valid values. Device code\n"
                    + "changes values with the setters; each is checked like a server's write and notifies observers.\n"
                    + "Executable resources do nothing. Arrays are kept, not copied: set a new one rather than change it in place.\n"
                    + "One instance serves one enabler.\n");
    // Field names come from the resource names; the setters' parameter is "value", store's are "id" and "value".
    NameAllocator fields = new NameAllocator();
    fields.newName("value");
    fields.newName("id");
    CodeBlock.Builder store = CodeBlock.builder();
    boolean uncheckedCast = false;
    for (ResourceBinding r : object.resources()) {
      if (r.executable()) {
        MethodSpec.Builder execute =
            MethodSpec.methodBuilder(r.executeMethod()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
        if (r.executeTakesArguments()) {
          execute.addParameter(Types.ARGUMENTS, "arguments");
        }
        type.addMethod(execute.build());
        continue;
      }
      String field = fields.newName(lowerCamel(r.property()));
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
      if (r.form() == ResourceBinding.JavaForm.DATE) {
        setter
            .addStatement("$T.Resources.$L.require($L)", model, r.constant(), Types.descriptorValue(r, "value"))
            .addStatement("$L = value", field);
      } else {
        // require returns the value (a sorted, unmodifiable copy of a map)
        setter.addStatement("$L = $T.Resources.$L.require(value)", field, model, r.constant());
      }
      type.addMethod(setter.addStatement("changed($T.$L)", model, r.constant()).build());
      if (r.hasSetter()) {
        uncheckedCast |= r.multiple();
        store.add("case $T.$L:\n", model, r.constant()).indent();
        store.addStatement("$L = value == null ? $L : $L", field, initial, storedValue(r));
        store.addStatement("return").unindent();
      }
    }
    MethodSpec.Builder storeMethod =
        MethodSpec.methodBuilder("store")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(int.class, "id")
            .addParameter(Object.class, "value")
            .addCode(EnablerGenerator.switchOnId(store.build()));
    if (uncheckedCast) {
      storeMethod.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build());
    }
    return type.addMethod(storeMethod.build()).build();
  }

  /** {@code value} (an Object in the descriptor's Java form) as the field holds it. */
  private static CodeBlock storedValue(ResourceBinding r) {
    if (r.form() == ResourceBinding.JavaForm.DATE) {
      return CodeBlock.of("$T.from(($T) value)", Types.DATE, Types.INSTANT);
    }
    TypeName type = Types.valueType(r);
    return CodeBlock.of("($T) value", type.isPrimitive() ? type.box() : type);
  }

  private static String lowerCamel(String upperCamel) {
    return upperCamel.isEmpty() ? "resource" : Character.toLowerCase(upperCamel.charAt(0)) + upperCamel.substring(1);
  }
}
