package org.lwm2m.codegen.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import org.lwm2m.codegen.processor.model.ResourceBinding;
import org.lwm2m.codegen.schema.ResourceType;

/** The Java and Leshan types generated code uses, by resource type. */
final class Types {
  private Types() {}

  static final String RUNTIME = "org.lwm2m.codegen.runtime";
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName INTEGER = ClassName.get(Integer.class);
  static final ClassName MAP = ClassName.get("java.util", "Map");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName INSTANT = ClassName.get("java.time", "Instant");
  static final ClassName DATE = ClassName.get("java.util", "Date");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName ULONG = ClassName.get("org.eclipse.leshan.core.util.datatype", "ULong");
  static final ClassName OBJECT_LINK = ClassName.get("org.eclipse.leshan.core.node", "ObjectLink");
  static final ClassName LINK = ClassName.get("org.eclipse.leshan.core.link", "Link");
  static final ClassName ARGUMENTS = ClassName.get("org.eclipse.leshan.core.request.argument", "Arguments");
  static final ClassName OBJECT_MODEL = ClassName.get("org.eclipse.leshan.core.model", "ObjectModel");
  static final ClassName RESOURCE_MODEL = ClassName.get("org.eclipse.leshan.core.model", "ResourceModel");
  static final ClassName OPERATIONS = RESOURCE_MODEL.nestedClass("Operations");
  static final ClassName LESHAN_TYPE = RESOURCE_MODEL.nestedClass("Type");
  static final ClassName LWM2M_RESOURCE = ClassName.get("org.eclipse.leshan.core.node", "LwM2mResource");
  static final ClassName SINGLE_NODE = ClassName.get("org.eclipse.leshan.core.node", "LwM2mSingleResource");
  static final ClassName OBJECT_INSTANCE = ClassName.get("org.eclipse.leshan.core.node", "LwM2mObjectInstance");
  static final ClassName ENABLER_FACTORY_API =
      ClassName.get("org.eclipse.leshan.client.resource", "LwM2mInstanceEnablerFactory");
  static final ClassName SINGLE_RESOURCE = ClassName.get(RUNTIME, "SingleResource");
  static final ClassName MULTI_RESOURCE = ClassName.get(RUNTIME, "MultiResource");
  static final ClassName EXECUTABLE_RESOURCE = ClassName.get(RUNTIME, "ExecutableResource");
  static final ClassName OBJECT_DESCRIPTOR = ClassName.get(RUNTIME, "ObjectDescriptor");
  static final ClassName RESOURCE_DESCRIPTOR = ClassName.get(RUNTIME, "ResourceDescriptor");
  static final ClassName CHECKS = ClassName.get(RUNTIME, "Checks");
  static final ClassName TYPED_ENABLER = ClassName.get(RUNTIME, "TypedInstanceEnabler");
  static final ClassName AVAILABILITY = ClassName.get(RUNTIME, "Availability");
  static final ClassName ENABLER_FACTORY = ClassName.get(RUNTIME, "EnablerFactory");
  static final ClassName NOT_PROVIDED = ClassName.get(RUNTIME, "ResourceNotProvidedException");
  static final ClassName IN_MEMORY_IMPLEMENTATION = ClassName.get(RUNTIME, "InMemoryImplementation");
  static final String REMOTE = RUNTIME + ".remote";
  static final ClassName REMOTE_INSTANCE = ClassName.get(REMOTE, "RemoteInstance");
  static final ClassName REMOTE_LISTENER = ClassName.get(REMOTE, "RemoteListener");
  static final ClassName REMOTE_OBSERVATION = ClassName.get(REMOTE, "RemoteObservation");
  static final ClassName INSTANCE_SNAPSHOT = ClassName.get(REMOTE, "InstanceSnapshot");
  static final ClassName LESHAN_SERVER = ClassName.get("org.eclipse.leshan.server", "LeshanServer");
  static final ClassName REGISTRATION = ClassName.get("org.eclipse.leshan.server.registration", "Registration");

  /** The boxed Java class of one value of {@code type}. */
  static TypeName boxed(ResourceType type) {
    switch (type) {
      case STRING:
        return STRING;
      case INTEGER:
        return ClassName.get(Long.class);
      case UNSIGNED_INTEGER:
        return ULONG;
      case FLOAT:
        return ClassName.get(Double.class);
      case BOOLEAN:
        return ClassName.get(Boolean.class);
      case OPAQUE:
        return ArrayTypeName.of(TypeName.BYTE);
      case TIME:
        return INSTANT;
      case OBJLNK:
        return OBJECT_LINK;
      case CORELNK:
        return ArrayTypeName.of(LINK);
      default:
        throw new IllegalArgumentException("no value type for " + type);
    }
  }

  /** The type of a resource's value in the object interface: primitive where possible, a map of instances when multiple. */
  static TypeName valueType(ResourceBinding r) {
    if (r.multiple()) {
      return ParameterizedTypeName.get(MAP, INTEGER, boxed(r.type()));
    }
    if (r.form() == ResourceBinding.JavaForm.DATE) {
      return DATE;
    }
    TypeName boxed = boxed(r.type());
    return boxed.isBoxedPrimitive() && r.form() != ResourceBinding.JavaForm.BOXED ? boxed.unbox() : boxed;
  }

  /** {@code value} as its descriptor takes it: a {@code Date} becomes an {@code Instant}. */
  static CodeBlock descriptorValue(ResourceBinding r, String value) {
    return r.form() == ResourceBinding.JavaForm.DATE
        ? CodeBlock.of("($L == null ? null : $L.toInstant())", value, value)
        : CodeBlock.of("$L", value);
  }

  /** The descriptor class of a resource: {@code SingleResource<Double>}... */
  static TypeName descriptorType(ResourceBinding r) {
    if (!r.hasValue()) {
      return EXECUTABLE_RESOURCE;
    }
    return ParameterizedTypeName.get(r.multiple() ? MULTI_RESOURCE : SINGLE_RESOURCE, boxed(r.type()));
  }

  /** The Leshan {@code ResourceModel.Type} constant name. */
  static String leshanType(ResourceType type) {
    return type == ResourceType.CORELNK ? "CORELINK" : type.name();
  }

  /** The raw class literal type for reflection ({@code Map.class}, {@code double.class}). */
  static TypeName erased(TypeName t) {
    return t instanceof ParameterizedTypeName ? ((ParameterizedTypeName) t).rawType() : t;
  }
}
