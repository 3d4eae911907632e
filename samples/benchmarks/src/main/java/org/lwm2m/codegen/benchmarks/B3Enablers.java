package org.lwm2m.codegen.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * B3 with ratios: runs {@link EnablerBenchmark} through JMH (one fork per enabler and operation,
 * 3x1 s warm-up, 5x1 s measurement, JMH's GC profiler for bytes allocated per operation) and
 * prints each operation's time per enabler and the ratios the goals are about.
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.benchmarks.B3Enablers</pre>
 *
 * System properties: {@code b3.include} (a regular expression of benchmark methods, default all),
 * {@code b3.gc=false} to leave out the GC profiler.
 */
public final class B3Enablers {
  private static final String[] OPERATIONS = {"readInstance", "readResource", "writeResource", "replaceInstance"};
  /** Issue 11's guard: generated reads and checked writes at most 1.2x a hand-written unchecked enabler. */
  private static final double GUARD = 1.2;
  private static final String[] ENABLERS = {"generated", "generatedPlain", "handWritten", "simple"};

  private B3Enablers() {}

  public static void main(String[] args) throws RunnerException {
    String include = System.getProperty("b3.include", ".*");
    ChainedOptionsBuilder options =
        new OptionsBuilder().include(EnablerBenchmark.class.getName() + "\\." + include);
    if (!"false".equals(System.getProperty("b3.gc"))) {
      options.addProfiler(GCProfiler.class);
    }
    Collection<RunResult> results = new Runner(options.build()).run();

    Map<String, Map<String, Result<?>>> score = new LinkedHashMap<>();
    Map<String, Map<String, Double>> alloc = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      String op = label.substring(label.lastIndexOf('.') + 1);
      String enabler = r.getParams().getParam("enabler");
      score.computeIfAbsent(op, k -> new LinkedHashMap<>()).put(enabler, r.getPrimaryResult());
      Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (norm != null) {
        alloc.computeIfAbsent(op, k -> new LinkedHashMap<>()).put(enabler, norm.getScore());
      }
    }

    System.out.println();
    System.out.println("B3: generated enabler vs hand-written BaseInstanceEnabler vs SimpleInstanceEnabler (ns/op, lower is better; B/op allocated)");
    System.out.printf("%-16s %-16s %12s %10s %10s%n", "operation", "enabler", "ns/op", "+-err", "B/op");
    for (String op : OPERATIONS) {
      Map<String, Result<?>> byEnabler = score.get(op);
      if (byEnabler == null) {
        continue;
      }
      for (String e : ENABLERS) {
        Result<?> res = byEnabler.get(e);
        if (res == null) {
          continue;
        }
        Double b = alloc.getOrDefault(op, Map.of()).get(e);
        System.out.printf("%-16s %-16s %12.1f %10.1f %10s%n", op, e, res.getScore(), res.getScoreError(),
            b == null ? "-" : String.format("%.0f", b));
      }
    }
    System.out.println();
    System.out.println("ratios (time of the generated enabler / time of the baseline: below 1 = generated faster)");
    System.out.printf("%-16s %-16s %14s %14s   %s%n", "operation", "generated impl", "generated/hand", "generated/simple", "guard");
    for (String op : OPERATIONS) {
      Map<String, Result<?>> byEnabler = score.get(op);
      if (byEnabler == null) {
        continue;
      }
      for (String g : new String[] {"generated", "generatedPlain"}) {
        Result<?> gen = byEnabler.get(g);
        if (gen == null) {
          continue;
        }
        Result<?> hand = byEnabler.get("handWritten");
        Result<?> simple = byEnabler.get("simple");
        double vsHand = hand == null ? Double.NaN : gen.getScore() / hand.getScore();
        double vsSimple = simple == null ? Double.NaN : gen.getScore() / simple.getScore();
        System.out.printf("%-16s %-16s %14.2f %14.2f   %s%n", op, g, vsHand, vsSimple,
            "generated/hand <= " + GUARD + (vsHand <= GUARD ? " met" : " MISSED"));
      }
    }
  }
}
