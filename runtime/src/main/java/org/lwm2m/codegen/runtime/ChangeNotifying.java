package org.lwm2m.codegen.runtime;

import java.util.function.IntConsumer;

/**
 * An object implementation that reports its own changes. An enabler given such an implementation
 * registers a listener that notifies observers of the resource whose ID it is given, and does not
 * notify again after writes (the implementation already did). Generated in-memory implementations
 * are such; device implementations may be too.
 */
public interface ChangeNotifying {
  /** Sets the listener to call, with a resource ID, after each change of a resource value. */
  void setChangeListener(IntConsumer listener);
}
