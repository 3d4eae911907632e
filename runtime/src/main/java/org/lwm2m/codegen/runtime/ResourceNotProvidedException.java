package org.lwm2m.codegen.runtime;

/**
 * Thrown by the default methods of a generated object interface: the implementation does not
 * provide that optional resource. Enablers answer such resources with 4.04 Not Found, and a
 * server's generated {@code NRemote} throws it when a device answers 4.04.
 */
public class ResourceNotProvidedException extends UnsupportedOperationException {
  private static final long serialVersionUID = 1L;

  private final int resourceId;

  public ResourceNotProvidedException(int resourceId) {
    this(resourceId, "resource " + resourceId + " is not provided by this implementation");
  }

  /** With a message of its own: a server's remote says which device and path answered 4.04. */
  public ResourceNotProvidedException(int resourceId, String message) {
    super(message);
    this.resourceId = resourceId;
  }

  public int resourceId() {
    return resourceId;
  }
}
