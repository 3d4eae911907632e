package org.lwm2m.codegen.runtime;

import java.util.function.IntConsumer;

/**
 * An object implementation that reports changes device code makes. An enabler given such an
 * implementation registers a listener that notifies observers of the resource whose ID it is
 * given. The enabler itself notifies after the writes it makes, so setters it calls need not.
 * Generated in-memory implementations are such; device implementations may be too.
 */
public interface ChangeNotifying {
  /** Sets the listener to call, with a resource ID, after each change of a resource value. */
  void setChangeListener(IntConsumer listener);

  /**
   * True when every change of every value is reported, after it is made, through the listener or
   * a write of the enabler: values are replaced, never changed in place, and the implementation
   * serves one enabler. The enabler then reuses the whole-instance node it last read until the
   * next change. False by default.
   */
  default boolean reportsEveryChange() {
    return false;
  }
}
