package org.lwm2m.codegen.runtime.remote;

/**
 * Receives the values of an observation started through a generated {@code NRemote}: first the
 * value the Observe answered, then one per notification. Called on Leshan's threads.
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
