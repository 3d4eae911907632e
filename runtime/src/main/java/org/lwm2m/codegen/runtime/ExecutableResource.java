package org.lwm2m.codegen.runtime;

import org.eclipse.leshan.core.model.ResourceModel;

/** A resource without a value: an executable resource, or one with no operation at all. */
public final class ExecutableResource extends ResourceDescriptor {

  private ExecutableResource(ResourceModel model) {
    super(model, null);
  }

  public static ExecutableResource of(ResourceModel model) {
    return new ExecutableResource(model);
  }
}
