package org.lwm2m.codegen.runtime;

/**
 * The base of every generated {@code InMemory}: an object implementation that holds its values in
 * fields and serves one enabler. The enabler stores the values it has checked with {@link #store}
 * (no second check; the enabler notifies once); device code uses the generated setters, which check
 * the value and call {@link #changed}.
 *
 * <p>One instance serves one enabler: a second enabler would keep serving reads the first had
 * cached and its observers would never be told of changes, so it is refused.
 */
public abstract class InMemoryImplementation {
  private volatile TypedInstanceEnabler<?> enabler;

  /**
   * Stores a value of writable resource {@code resourceId} that the enabler has checked, in the
   * Java form of the resource's descriptor ({@code Long}, {@code Instant}, {@code Map}...), or the
   * resource's initial value when {@code value} is null (a replace-write that leaves it out).
   *
   * @throws ResourceNotProvidedException when the resource is not writable
   */
  protected abstract void store(int resourceId, Object value);

  /** Tells the observers of the enabler this instance serves that resource {@code resourceId} changed. */
  protected final void changed(int resourceId) {
    TypedInstanceEnabler<?> served = enabler;
    if (served != null) {
      served.changed(resourceId);
    }
  }

  /** Binds this instance to the enabler that serves it; refuses a second one. */
  final synchronized void servedBy(TypedInstanceEnabler<?> next) {
    TypedInstanceEnabler<?> first = enabler;
    if (first != null) {
      throw new IllegalStateException(
          "this InMemory of " + first.descriptor() + " already serves " + instance(first)
              + ": give " + instance(next) + " an InMemory of its own");
    }
    enabler = next;
  }

  private static String instance(TypedInstanceEnabler<?> e) {
    return e.getId() == null ? "an instance whose ID Leshan has not assigned yet" : "instance " + e.getId();
  }
}
