package org.lwm2m.codegen.runtime;

import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mResource;

/** A resource without a value: an executable resource, or one with no operation at all. */
public final class ExecutableResource extends ResourceDescriptor {

  private ExecutableResource(ResourceModel model) {
    super(model, null);
  }

  public static ExecutableResource of(ResourceModel model) {
    return new ExecutableResource(model);
  }

  @Override
  Object javaValue(LwM2mResource node) {
    throw new IllegalStateException(label() + " takes no value");
  }
}
