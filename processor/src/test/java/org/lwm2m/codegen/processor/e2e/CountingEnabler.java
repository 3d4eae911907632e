package org.lwm2m.codegen.processor.e2e;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;

/**
 * Counts the requests that reach an instance on the client: a proxy in front of an instance
 * enabler that counts every read, write, execute and observe Leshan's object enabler hands it,
 * and delegates everything. A test that a request was never sent asserts the count did not move.
 * (Leshan needs a factory for an object served through a proxy: set one on the pair.)
 */
final class CountingEnabler {
  /** The enabler methods a server's request ends in. */
  static final Set<String> REQUESTS = Set.of("read", "write", "execute", "observe");

  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final LwM2mInstanceEnabler proxy;

  CountingEnabler(LwM2mInstanceEnabler target) {
    this.proxy = (LwM2mInstanceEnabler) Proxy.newProxyInstance(
        CountingEnabler.class.getClassLoader(), new Class<?>[] {LwM2mInstanceEnabler.class}, (p, method, args) -> {
          if (REQUESTS.contains(method.getName())) {
            counts.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
          }
          if (method.getDeclaringClass() == Object.class && method.getName().equals("equals")) {
            return p == args[0];
          }
          try {
            return method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** What to register with the client in place of the target. */
  LwM2mInstanceEnabler enabler() {
    return proxy;
  }

  /** Requests of every kind that reached the instance. */
  int requests() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  int count(String method) {
    AtomicInteger n = counts.get(method);
    return n == null ? 0 : n.get();
  }

  @Override
  public String toString() {
    return counts.toString();
  }
}
