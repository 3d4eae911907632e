package org.lwm2m.codegen.runtime.remote;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.lwm2m.codegen.runtime.MultiResource;
import org.lwm2m.codegen.runtime.ObjectDescriptor;
import org.lwm2m.codegen.runtime.ResourceDescriptor;
import org.lwm2m.codegen.runtime.ResourceNotProvidedException;
import org.lwm2m.codegen.runtime.SingleResource;

/**
 * The base of every generated {@code NRemote.Snapshot}: one object instance as a device sent it
 * (a whole-instance read or notification), validated against the object's model, immutable. Its
 * getters return the values it holds; an optional resource the device does not provide throws
 * {@link ResourceNotProvidedException}, one a server cannot read (no R operation) and its setters
 * and executable methods throw {@link UnsupportedOperationException}.
 */
public abstract class InstanceSnapshot {
  private final ObjectDescriptor object;
  private final LwM2mObjectInstance node;

  /**
   * A snapshot of {@code node}.
   *
   * @throws IllegalArgumentException when {@code node} is not a valid instance of the object
   */
  protected InstanceSnapshot(ObjectDescriptor object, LwM2mObjectInstance node) {
    List<String> problems = object.validate(node);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("not a valid instance of " + object + ": " + String.join("; ", problems));
    }
    this.object = object;
    this.node = node;
  }

  /**
   * The instance as Leshan decoded it. Leshan's nodes are immutable, but an Opaque value is the
   * node's own {@code byte[]}: the getters copy it, this does not.
   */
  public final LwM2mObjectInstance node() {
    return node;
  }

  public final int instanceId() {
    return node.getId();
  }

  /** True when the device sent resource {@code resourceId}. */
  public final boolean has(int resourceId) {
    return node.getResource(resourceId) != null;
  }

  /** The value of a single resource. */
  protected final <T> T value(SingleResource<T> resource) {
    return copy(resource.read(present(resource)));
  }

  /** The values of a multiple resource, by instance ID. */
  protected final <T> Map<Integer, T> value(MultiResource<T> resource) {
    Map<Integer, T> values = resource.read(present(resource));
    if (values.isEmpty() || !(values.values().iterator().next() instanceof byte[] || values.values().iterator().next() instanceof Link[])) {
      return values;
    }
    Map<Integer, T> copies = new LinkedHashMap<>();
    values.forEach((k, v) -> copies.put(k, copy(v)));
    return Collections.unmodifiableMap(copies);
  }

  /** What a setter or executable method of a snapshot throws. */
  protected final UnsupportedOperationException readOnly(ResourceDescriptor resource) {
    return new UnsupportedOperationException(
        "a snapshot of " + object + " is read-only: use the remote to change " + resource.label());
  }

  private LwM2mResource present(ResourceDescriptor resource) {
    if (!resource.readable()) {
      throw new UnsupportedOperationException(resource.label() + " is not readable by a server");
    }
    LwM2mResource r = node.getResource(resource.id());
    if (r == null) {
      throw new ResourceNotProvidedException(resource.id(),
          "the snapshot of instance " + node.getId() + " of " + object + " does not hold " + resource.label());
    }
    return r;
  }

  /** Arrays are copied: a snapshot hands out no state of its own. */
  @SuppressWarnings("unchecked")
  private static <T> T copy(T value) {
    if (value instanceof byte[]) {
      return (T) ((byte[]) value).clone();
    }
    if (value instanceof Link[]) {
      return (T) ((Link[]) value).clone();
    }
    return value;
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof InstanceSnapshot && o.getClass() == getClass() && node.equals(((InstanceSnapshot) o).node);
  }

  @Override
  public final int hashCode() {
    return node.hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + node;
  }
}
