package org.lwm2m.codegen.runtime;

/**
 * Thrown by the default methods of a generated object interface: the implementation does not
 * provide that optional resource. Enablers answer such resources with 4.04 Not Found.
 */
public class ResourceNotProvidedException extends UnsupportedOperationException {
  private static final long serialVersionUID = 1L;

  private final int resourceId;

  public ResourceNotProvidedException(int resourceId) {
    super("resource " + resourceId + " is not provided by this implementation");
    this.resourceId = resourceId;
  }

  public int resourceId() {
    return resourceId;
  }
}
