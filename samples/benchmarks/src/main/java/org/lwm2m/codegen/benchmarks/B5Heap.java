package org.lwm2m.codegen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.lwm2m.codegen.benchmarks.objects.WaterPumpEnabler;
import org.openjdk.jol.info.GraphLayout;

/**
 * B5: retained heap of 1,000 in-memory Water Pump instances (21 resources, 20 holding values)
 * per enabler, all holding the same values: the generated enabler with its generated in-memory
 * implementation ({@code WaterPumpEnabler.inMemory} then the setters) vs Leshan's {@code
 * SimpleInstanceEnabler} (the baseline) initialised from one shared map of the values; the
 * hand-written enabler and the generated enabler over a user's plain implementation for reference,
 * and the generated in-memory enabler after one whole-instance read, which it keeps until a change.
 *
 * <p>Two measurements, in this JVM: (1) used heap (MemoryMXBean) after repeated {@code
 * System.gc()} before and after creating the 1,000 instances, which stay referenced from an
 * array (4 bytes per instance of which are the array's), in rounds alternating the order;
 * (2) JOL's exact graph size: (size of 1,000 instances - size of 1) / 999, which leaves out what all
 * instances share (models, descriptors, interned strings, the shared values). Also: bytes
 * allocated to build one instance (ThreadMXBean), garbage included.
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.benchmarks.B5Heap</pre>
 *
 * System properties: {@code b5.instances} (default 1000), {@code b5.rounds} (default 10).
 */
public final class B5Heap {
  private B5Heap() {}

  public static void main(String[] args) throws Exception {
    // JOL cannot ask Unsafe for field offsets of lambda (hidden) classes, which the generated
    // enabler holds (its change listener): let it find them its other way.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
    int n = Stats.intProperty("b5.instances", 1000);
    int rounds = Stats.intProperty("b5.rounds", 10);
    Map<String, IntFunction<Object>> kinds = new LinkedHashMap<>();
    kinds.put("generated", PumpValues::generated);
    kinds.put("simple", PumpValues::simple);
    kinds.put("handWritten", PumpValues::handWritten);
    kinds.put("generatedPlain", i -> new WaterPumpEnabler(i, new PlainWaterPump()));
    // After one whole-instance read: an in-memory enabler keeps that read until the next change.
    kinds.put("generatedRead", i -> {
      WaterPumpEnabler e = PumpValues.generated(i);
      e.read(PumpValues.SERVER);
      return e;
    });
    String[] names = kinds.keySet().toArray(new String[0]);
    System.out.println("B5: retained heap of " + n + " in-memory Water Pump instances (20 values each): generated enabler vs SimpleInstanceEnabler");
    System.out.println(Stats.jvm() + ", GC " + ManagementFactory.getGarbageCollectorMXBeans().get(0).getName());

    // Warm up the classes and the shared state (models, availability caches) before measuring.
    for (String k : names) {
      Object[] keep = create(kinds.get(k), n);
      Reference.reachabilityFence(keep);
    }

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    double[][] perInstance = new double[names.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < names.length; i++) {
        int k = r % 2 == 0 ? i : names.length - 1 - i;
        settle();
        long before = memory.getHeapMemoryUsage().getUsed();
        Object[] keep = create(kinds.get(names[k]), n);
        settle();
        long after = memory.getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(keep);
        perInstance[k][r] = (after - before) / (double) n;
      }
    }

    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    System.out.printf("%-16s %22s %22s %20s%n", "enabler", "heap delta B/instance", "JOL retained B/instance", "allocated to build");
    double[] jol = new double[names.length];
    double[] heap = new double[names.length];
    for (int k = 0; k < names.length; k++) {
      IntFunction<Object> f = kinds.get(names[k]);
      Object[] many = create(f, n);
      Object[] one = create(f, 1);
      try {
        jol[k] = (GraphLayout.parseInstance(many).totalSize() - GraphLayout.parseInstance(one).totalSize()) / (double) (n - 1);
      } catch (RuntimeException e) {
        jol[k] = Double.NaN;
        System.out.println("  (JOL failed: " + e + ")");
      }
      long a0 = threads.getThreadAllocatedBytes(tid);
      Object[] again = create(f, n);
      long allocated = threads.getThreadAllocatedBytes(tid) - a0;
      Reference.reachabilityFence(again);
      heap[k] = Stats.median(perInstance[k]);
      System.out.printf("%-16s %10.0f [%5.0f-%5.0f] %22.0f %18.0f B%n", names[k], heap[k], Stats.min(perInstance[k]),
          Stats.max(perInstance[k]), jol[k], allocated / (double) n);
    }
    System.out.println("  (heap delta: median [min-max] of " + rounds + " rounds, includes 4 B/instance of the holding array)");
    double heapRatio = heap[0] / heap[1];
    double jolRatio = jol[0] / jol[1];
    System.out.printf("B5 ratio generated/simple: heap delta %.3f, JOL %.3f: goal <= 1 (no more) %s%n", heapRatio, jolRatio,
        heapRatio <= 1 && jolRatio <= 1 ? "met" : "MISSED");
    System.out.printf("   generated/handWritten: heap delta %.3f, JOL %.3f%n", heap[0] / heap[2], jol[0] / jol[2]);
  }

  private static Object[] create(IntFunction<Object> factory, int n) {
    Object[] keep = new Object[n];
    for (int i = 0; i < n; i++) {
      keep[i] = factory.apply(i);
    }
    return keep;
  }

  /** Full collections until used heap stops shrinking (at most 10). */
  private static void settle() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      Thread.sleep(20);
      long used = memory.getHeapMemoryUsage().getUsed();
      if (used >= previous) {
        return;
      }
      previous = used;
    }
  }
}
