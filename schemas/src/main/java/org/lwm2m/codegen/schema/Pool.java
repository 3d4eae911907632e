package org.lwm2m.codegen.schema;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Idle helpers that are costly to make and not thread-safe (schema validators, unmarshallers),
 * kept by one reader for its next reads, on whichever thread. Held by the reader, not by threads,
 * so they go when the reader goes (a thread-local would pin a processor's class loader in a
 * long-lived build JVM).
 */
final class Pool<T> {
  /** Enough for the threads that read at once; more are made and dropped. */
  private static final int MAX_IDLE = 8;

  private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
  private final AtomicInteger idleCount = new AtomicInteger();
  private final Supplier<T> factory;

  Pool(Supplier<T> factory) {
    this.factory = factory;
  }

  T take() {
    T t = idle.poll();
    if (t == null) {
      return factory.get();
    }
    idleCount.decrementAndGet();
    return t;
  }

  /** Gives back a helper whose use ended normally. */
  void give(T t) {
    if (idleCount.incrementAndGet() <= MAX_IDLE) {
      idle.offer(t);
    } else {
      idleCount.decrementAndGet();
    }
  }
}
