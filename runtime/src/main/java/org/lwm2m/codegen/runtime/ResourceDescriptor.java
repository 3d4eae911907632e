package org.lwm2m.codegen.runtime;

import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;

/**
 * A resource of a generated object model: its Leshan {@link ResourceModel}, value type and
 * compiled range check. Checks values in Leshan's value classes, as they arrive in write requests
 * or read responses. Subclasses add typed access.
 */
public abstract class ResourceDescriptor {
  private final ResourceModel model;
  private final ValueType valueType;
  private final ValueCheck check;
  // Read on every request: kept as plain fields rather than derived from the model each time.
  private final boolean multiple;
  private final boolean mandatory;
  private final boolean readable;
  private final boolean writable;
  private final boolean executable;

  ResourceDescriptor(ResourceModel model, ValueCheck check) {
    this.model = model;
    this.valueType = ValueType.of(model.type);
    this.check = check;
    this.multiple = Boolean.TRUE.equals(model.multiple);
    this.mandatory = Boolean.TRUE.equals(model.mandatory);
    this.readable = model.operations != null && model.operations.isReadable();
    this.writable = model.operations != null && model.operations.isWritable();
    this.executable = model.operations != null && model.operations.isExecutable();
  }

  public final int id() {
    return model.id;
  }

  public final String name() {
    return model.name;
  }

  /** The resource's Leshan model, the same instance as in the object's {@code MODEL}. */
  public final ResourceModel model() {
    return model;
  }

  /** The value type, or null for executable resources and resources without a type. */
  public final ValueType valueType() {
    return valueType;
  }

  /** The compiled RangeEnumeration, or null when there is nothing to check. */
  public final ValueCheck check() {
    return check;
  }

  public final boolean multiple() {
    return multiple;
  }

  public final boolean mandatory() {
    return mandatory;
  }

  public final boolean readable() {
    return readable;
  }

  public final boolean writable() {
    return writable;
  }

  public final boolean executable() {
    return executable;
  }

  /**
   * What is wrong with one value given in its Leshan class (type, then range, enumeration or
   * length), or null when it is valid.
   */
  public final String checkValue(Object leshanValue) {
    if (valueType == null) {
      return label() + " takes no value";
    }
    if (!valueType.leshanClass().isInstance(leshanValue)) {
      return label() + ": expected a " + typeName() + " value, got " + Messages.typeOf(leshanValue) + " [type]";
    }
    if (check != null && !check.accepts(leshanValue)) {
      return label() + ": " + Messages.show(leshanValue) + " is outside the " + check.rule() + " "
          + check.describe() + " [" + check.rule() + "]";
    }
    return null;
  }

  /** What is wrong with a resource node (single or multiple, then every value), or null. */
  public final String check(LwM2mResource node) {
    if (node.getId() != model.id) {
      return label() + ": got resource " + node.getId();
    }
    if (node.isMultiInstances() != multiple()) {
      return label() + " is " + (multiple() ? "multiple" : "single") + "-instance [multiple]";
    }
    if (!node.isMultiInstances()) {
      return checkValue(node.getValue());
    }
    for (LwM2mResourceInstance instance : node.getInstances().values()) {
      String problem = checkValue(instance.getValue());
      if (problem != null) {
        return problem + " (instance " + instance.getId() + ")";
      }
    }
    return null;
  }

  /** The value of a node of this resource in the Java form of the generated interfaces. */
  abstract Object javaValue(LwM2mResource node);

  /** The resource node for this resource in {@code instance}, or null when it has none. */
  protected final LwM2mResource nodeIn(LwM2mObjectInstance instance) {
    return instance.getResource(model.id);
  }

  /** {@code resource 5700 (Sensor Value)}: how messages name the resource. */
  public final String label() {
    return "resource " + model.id + " (" + model.name + ")";
  }

  final String typeName() {
    return valueType == null ? "no" : valueType.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
  }

  /** Throws {@link IllegalArgumentException} when a Leshan value is not valid for the resource. */
  final void requireValue(Object leshanValue) {
    String problem = checkValue(leshanValue);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
  }

  @Override
  public String toString() {
    return label();
  }
}
