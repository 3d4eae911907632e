package org.lwm2m.codegen.runtime;

import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mSingleResource;

/**
 * A single-instance resource whose values are {@code T} in generated interfaces.
 *
 * @param <T> the boxed Java value class ({@code Double}, {@code Instant}...)
 */
public final class SingleResource<T> extends ResourceDescriptor {

  private SingleResource(ResourceModel model, ValueCheck check) {
    super(model, check);
  }

  /**
   * A descriptor for {@code model}, whose values are {@code javaClass} in Java.
   *
   * @throws IllegalArgumentException when {@code javaClass} is not the class of the model's type
   */
  public static <T> SingleResource<T> of(ResourceModel model, Class<T> javaClass, ValueCheck check) {
    SingleResource<T> r = new SingleResource<>(model, check);
    if (r.valueType() == null || r.valueType().javaClass() != javaClass || r.multiple()) {
      throw new IllegalArgumentException(r.label() + " does not hold single " + javaClass.getName() + " values");
    }
    return r;
  }

  /** The typed value of a node of this resource. */
  @SuppressWarnings("unchecked")
  public T read(LwM2mResource node) {
    return (T) valueType().toJava(node.getValue());
  }

  @Override
  Object javaValue(LwM2mResource node) {
    return read(node);
  }

  /** The typed value of this resource in {@code instance}, or null when it has none. */
  public T read(LwM2mObjectInstance instance) {
    LwM2mResource node = nodeIn(instance);
    return node == null ? null : read(node);
  }

  /** A Leshan node holding {@code value}. */
  public LwM2mSingleResource node(T value) {
    return LwM2mSingleResource.newResource(id(), valueType().toLeshan(value), valueType().leshanType());
  }

  /** What is wrong with {@code value}, or null when it is valid. */
  public String check(T value) {
    return value == null ? label() + ": null value [type]" : checkValue(valueType().toLeshan(value));
  }

  /**
   * Returns {@code value} when it is valid.
   *
   * @throws IllegalArgumentException naming the resource and the rule otherwise
   */
  public T require(T value) {
    String problem = check(value);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return value;
  }
}
