package org.lwm2m.codegen.runtime;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;

/**
 * A multiple-instance resource whose values are {@code Map<Integer, T>} in generated interfaces,
 * keyed by resource instance ID.
 *
 * @param <T> the boxed Java value class of each instance
 */
public final class MultiResource<T> extends ResourceDescriptor {

  private MultiResource(ResourceModel model, ValueCheck check) {
    super(model, check);
  }

  /**
   * A descriptor for {@code model}, whose instance values are {@code javaClass} in Java.
   *
   * @throws IllegalArgumentException when {@code javaClass} is not the class of the model's type
   */
  public static <T> MultiResource<T> of(ResourceModel model, Class<T> javaClass, ValueCheck check) {
    MultiResource<T> r = new MultiResource<>(model, check);
    if (r.valueType() == null || r.valueType().javaClass() != javaClass || !r.multiple()) {
      throw new IllegalArgumentException(r.label() + " does not hold multiple " + javaClass.getName() + " values");
    }
    return r;
  }

  /** The typed values of a node of this resource, by instance ID, sorted, unmodifiable. */
  @SuppressWarnings("unchecked")
  public Map<Integer, T> read(LwM2mResource node) {
    Map<Integer, T> values = new TreeMap<>();
    for (LwM2mResourceInstance instance : node.getInstances().values()) {
      values.put(instance.getId(), (T) valueType().toJava(instance.getValue()));
    }
    return Collections.unmodifiableMap(values);
  }

  @Override
  Object javaValue(LwM2mResource node) {
    return read(node);
  }

  /** The typed values of this resource in {@code instance}, or null when it has none. */
  public Map<Integer, T> read(LwM2mObjectInstance instance) {
    LwM2mResource node = nodeIn(instance);
    return node == null ? null : read(node);
  }

  /** A Leshan node holding {@code values}. */
  public LwM2mMultipleResource node(Map<Integer, T> values) {
    LwM2mResourceInstance[] instances = new LwM2mResourceInstance[values.size()];
    int i = 0;
    for (Map.Entry<Integer, T> e : values.entrySet()) {
      instances[i++] =
          LwM2mResourceInstance.newInstance(e.getKey(), valueType().toLeshan(e.getValue()), valueType().leshanType());
    }
    return new LwM2mMultipleResource(id(), valueType().leshanType(), instances);
  }

  /** What is wrong with {@code values}, or null when they are all valid. */
  public String check(Map<Integer, T> values) {
    if (values == null) {
      return label() + ": null value [type]";
    }
    for (Map.Entry<Integer, T> e : values.entrySet()) {
      if (e.getKey() == null || e.getKey() < 0 || e.getKey() > 65535 || e.getValue() == null) {
        return label() + ": invalid instance " + e.getKey() + " [type]";
      }
      String problem = checkValue(valueType().toLeshan(e.getValue()));
      if (problem != null) {
        return problem + " (instance " + e.getKey() + ")";
      }
    }
    return null;
  }

  /**
   * Returns a sorted, unmodifiable copy of {@code values} when they are valid.
   *
   * @throws IllegalArgumentException naming the resource and the rule otherwise
   */
  public Map<Integer, T> require(Map<Integer, T> values) {
    String problem = check(values);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
