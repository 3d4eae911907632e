package org.lwm2m.codegen.runtime;

/**
 * An object implementation that can put a resource back to its initial value. Enablers call it
 * for writable resources a replace-write leaves out (Leshan's {@code reset}).
 */
public interface Resettable {
  void reset(int resourceId);
}
