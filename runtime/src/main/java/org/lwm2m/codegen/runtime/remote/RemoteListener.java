package org.lwm2m.codegen.runtime.remote;

/**
 * Receives the values of an observation started through a generated {@code NRemote}: first the
 * value the Observe answered, on the thread calling {@code observe} (what the listener throws then is
 * thrown by {@code observe}, and the observation is cancelled), then one per notification, on
 * Leshan's threads (what it throws there goes to the thread's uncaught-exception handler).
 *
 * @param <T> the typed value: a resource's Java value, or the object's snapshot
 */
@FunctionalInterface
public interface RemoteListener<T> {

  /** A valid value (checked against the model's descriptors). */
  void changed(T value);

  /**
   * A notification that could not be turned into a value: the device sent an error, a value the
   * model does not accept, or the observation failed. Ignored unless overridden.
   */
  default void failed(RemoteRequestException problem) {}
}
