package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;

/**
 * Generates {@code NRemote}, the server's view of one instance of the object on a registered
 * device: it implements {@code N}, its getters read, its setters check and then write, its
 * executable methods execute; {@code read()} returns an immutable {@code NRemote.Snapshot} of the
 * whole instance, which implements {@code N} too. The requests, checks and error mapping live in
 * the runtime's {@code RemoteInstance}; this class maps the interface's methods to descriptors.
 *
 * <p>Generated only when Leshan's server is on the compile class path (a device project without it
 * could not compile the class).
 */
public final class RemoteGenerator {
  public JavaFile generate(ObjectBinding object) {
    ClassName self = ClassName.get(object.packageName(), object.remoteName());
    ClassName api = ClassName.get(object.packageName(), object.name());
    ClassName model = ClassName.get(object.packageName(), object.modelName());
    ClassName snapshot = self.nestedClass("Snapshot");
    ClassName target = Types.REMOTE_INSTANCE.nestedClass("Target");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Types.REMOTE_INSTANCE, self))
            .addSuperinterface(api)
            .addAnnotation(Sources.generated(object))
            .addJavadoc("A server's view of one instance of $L", Docs.object(object))
            .addJavadoc(
                "\n<p>Getters read the resource from the device; setters check the value against the model and then write it\n"
                    + "(an invalid value throws {@code IllegalArgumentException} and nothing is sent); executable methods execute.\n"
                    + "4.04 is {@code ResourceNotProvidedException}; any other failure, a timeout or an answer the model does not\n"
                    + "accept is {@code RemoteRequestException}. {@link #read()} reads the whole instance into a {@link Snapshot}.\n");
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(target, "target")
            .addStatement("super(target)")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addJavadoc("Instance {@code instanceId} of the object on the device of {@code registration}.\n")
            .addParameter(Types.LESHAN_SERVER, "server")
            .addParameter(Types.REGISTRATION, "registration")
            .addParameter(int.class, "instanceId")
            .returns(self)
            .addStatement("return new $T(target(server, registration, $T.OBJECT, instanceId))", self, model)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("with")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .addParameter(target, "target")
            .returns(self)
            .addStatement("return new $T(target)", self)
            .build());
    for (ResourceBinding r : object.resources()) {
      CodeBlock descriptor = CodeBlock.of("$T.Resources.$L", model, r.constant());
      if (r.hasGetter()) {
        CodeBlock read = CodeBlock.of("read($L)", descriptor);
        type.addMethod(getter(r).addStatement("return $L", dated(r, read)).build());
      }
      if (r.hasSetter()) {
        type.addMethod(setter(r).addStatement("write($L, $L)", descriptor, Types.descriptorValue(r, "value")).build());
      }
      if (r.executable()) {
        type.addMethod(execute(r).addStatement("execute($L, $L)", descriptor, r.executeTakesArguments() ? "arguments" : "null").build());
      }
    }
    type.addMethod(
        MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Reads the whole instance, validated against the model.\n")
            .returns(snapshot)
            .addStatement("return new $T(readInstance())", snapshot)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("observe")
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("Observes the whole instance: {@code listener} gets a snapshot of it now and at every notification.\n")
            .addParameter(ParameterizedTypeName.get(Types.REMOTE_LISTENER, WildcardTypeName.supertypeOf(snapshot)), "listener")
            .returns(Types.REMOTE_OBSERVATION)
            .addStatement("return observeInstance($T::new, listener)", snapshot)
            .build());
    type.addType(snapshot(object, api, model, snapshot));
    return Sources.file(object, type.build());
  }

  private static TypeSpec snapshot(ObjectBinding object, ClassName api, ClassName model, ClassName snapshot) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(snapshot)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(Types.INSTANCE_SNAPSHOT)
            .addSuperinterface(api)
            .addJavadoc(
                "One instance as the device sent it, validated, immutable: getters return its values (a resource it does not\n"
                    + "hold throws {@code ResourceNotProvidedException}); setters and executable methods throw\n"
                    + "{@code UnsupportedOperationException}.\n");
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc("A snapshot of {@code instance}.\n\n@throws IllegalArgumentException when it is not a valid instance of the object\n")
            .addParameter(Types.OBJECT_INSTANCE, "instance")
            .addStatement("super($T.OBJECT, instance)", model)
            .build());
    for (ResourceBinding r : object.resources()) {
      CodeBlock descriptor = CodeBlock.of("$T.Resources.$L", model, r.constant());
      if (r.hasGetter()) {
        type.addMethod(getter(r).addStatement("return $L", dated(r, CodeBlock.of("value($L)", descriptor))).build());
      }
      if (r.hasSetter()) {
        type.addMethod(setter(r).addStatement("throw readOnly($L)", descriptor).build());
      }
      if (r.executable()) {
        type.addMethod(execute(r).addStatement("throw readOnly($L)", descriptor).build());
      }
    }
    return type.build();
  }

  private static MethodSpec.Builder getter(ResourceBinding r) {
    return MethodSpec.methodBuilder(r.getter())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Types.valueType(r));
  }

  private static MethodSpec.Builder setter(ResourceBinding r) {
    return MethodSpec.methodBuilder(r.setter())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Types.valueType(r), "value");
  }

  private static MethodSpec.Builder execute(ResourceBinding r) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(r.executeMethod()).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    return r.executeTakesArguments() ? m.addParameter(Types.ARGUMENTS, "arguments") : m;
  }

  /** {@code value} (the descriptor's {@code Instant}) as a {@code Date} where the interface uses one. */
  private static CodeBlock dated(ResourceBinding r, CodeBlock value) {
    return r.form() == ResourceBinding.JavaForm.DATE ? CodeBlock.of("$T.from($L)", Types.DATE, value) : value;
  }
}
