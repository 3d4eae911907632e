package org.lwm2m.codegen.runtime;

import java.util.function.Supplier;
import org.eclipse.leshan.client.resource.BaseInstanceEnablerFactory;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;

/**
 * The factory Leshan's {@code ObjectsInitializer} needs for each object (it also serves a server's
 * Create on a multiple object): makes new in-memory instances; Leshan assigns their IDs.
 */
public final class EnablerFactory extends BaseInstanceEnablerFactory {
  private final Supplier<? extends LwM2mInstanceEnabler> newInstance;

  public EnablerFactory(Supplier<? extends LwM2mInstanceEnabler> newInstance) {
    this.newInstance = newInstance;
  }

  @Override
  public LwM2mInstanceEnabler create() {
    return newInstance.get();
  }
}
