package org.lwm2m.codegen.processor.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opentest4j.TestAbortedException;

/**
 * Skips a test through a JUnit assumption and says why in the build output: Surefire's summary
 * only counts skipped tests. Prints {@code [skipped] SomeTest: reason} once per test class and
 * reason, however many of its tests skip.
 */
public final class Skip {
  private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

  private Skip() {}

  /** Skips the calling test unless {@code condition} holds. */
  public static void unless(boolean condition, String reason) {
    if (!condition) {
      throw because(reason);
    }
  }

  /** The skip of the calling test, to throw; prints the reason unless its class already gave it. */
  public static TestAbortedException because(String reason) {
    String group = callingTestClass();
    if (SAID.add(group + ": " + reason)) {
      System.out.println("[skipped] " + group + ": " + reason);
    }
    return new TestAbortedException(group + " skipped: " + reason);
  }

  /** The first class on the stack named like a test (nested classes count as their outer class). */
  private static String callingTestClass() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
        .walk(frames -> frames.map(f -> f.getDeclaringClass().getNestHost().getSimpleName())
            .filter(name -> name.endsWith("Test") || name.endsWith("Tests"))
            .findFirst())
        .orElse("a test");
  }
}
