package org.lwm2m.codegen.benchmarks;

import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.lwm2m.codegen.benchmarks.objects.WaterPumpEnabler;
import org.lwm2m.codegen.benchmarks.objects.WaterPumpModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * B3: one Water Pump instance (21 resources, 20 with values) served by each enabler, called
 * directly as Leshan's object enabler calls it for a request of a (non-SYSTEM) server:
 *
 * <ul>
 *   <li>{@code generated}: the generated {@code WaterPumpEnabler} with its generated in-memory
 *       implementation (what {@code WaterPumpEnabler.inMemory} gives);
 *   <li>{@code generatedPlain}: the generated enabler with a user's plain implementation
 *       ({@link PlainWaterPump});
 *   <li>{@code handWritten}: {@link HandWrittenWaterPump}, in the style of Leshan's demo client, no
 *       validation (baseline);
 *   <li>{@code simple}: Leshan's {@code SimpleInstanceEnabler} with the same values (baseline).
 * </ul>
 *
 * Every write is valid and alternates between two values, so that each one changes the state.
 * Run with ratios: {@code java -cp target/benchmarks.jar org.lwm2m.codegen.benchmarks.B3Enablers}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EnablerBenchmark {

  @Param({"generated", "generatedPlain", "handWritten", "simple"})
  public String enabler;

  private LwM2mInstanceEnabler target;
  private LwM2mResource[] resources;
  private LwM2mObjectInstance[] instances;
  private int next;

  /** A new instance of the enabler named {@code kind}, holding {@link PumpValues}. */
  static LwM2mInstanceEnabler create(String kind) {
    switch (kind) {
      case "generated":
        return PumpValues.generated(0);
      case "generatedPlain":
        return new WaterPumpEnabler(0, new PlainWaterPump());
      case "handWritten":
        return PumpValues.handWritten(0);
      case "simple":
        return PumpValues.simple(0);
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    target = create(enabler);
    resources = new LwM2mResource[] {PumpValues.targetFlow(true), PumpValues.targetFlow(false)};
    instances = new LwM2mObjectInstance[] {PumpValues.writableInstance(0, true), PumpValues.writableInstance(0, false)};
    // Every enabler must accept every request of the benchmark: fail the trial otherwise.
    require(target.read(PumpValues.SERVER).isSuccess(), "read instance");
    require(target.read(PumpValues.SERVER, WaterPumpModel.TARGET_FLOW).isSuccess(), "read resource");
    for (int i = 0; i < 2; i++) {
      require(target.write(PumpValues.SERVER, true, WaterPumpModel.TARGET_FLOW, resources[i]).isSuccess(), "write resource");
      require(target.write(PumpValues.SERVER, true, instances[i]).isSuccess(), "replace instance");
    }
    // A fresh one: a replace-write made SimpleInstanceEnabler drop its read-only resources (its
    // reset() removes them), which would make its reads cheaper than they are.
    target = create(enabler);
  }

  private void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(enabler + " refused " + what);
    }
  }

  /** Read of the whole instance (a server's Read on /32110/0). */
  @Benchmark
  public void readInstance(Blackhole bh) {
    ReadResponse r = target.read(PumpValues.SERVER);
    bh.consume(r);
  }

  /** Read of one resource (/32110/0/2, a Float). */
  @Benchmark
  public void readResource(Blackhole bh) {
    ReadResponse r = target.read(PumpValues.SERVER, WaterPumpModel.TARGET_FLOW);
    bh.consume(r);
  }

  /** Write of one resource (/32110/0/2, Float range 0.0..5.0): checked by the generated enabler only. */
  @Benchmark
  public void writeResource(Blackhole bh) {
    WriteResponse r = target.write(PumpValues.SERVER, true, WaterPumpModel.TARGET_FLOW, resources[next++ & 1]);
    bh.consume(r);
  }

  /** Replace-write of the instance with its 11 writable resources. */
  @Benchmark
  public void replaceInstance(Blackhole bh) {
    WriteResponse r = target.write(PumpValues.SERVER, true, instances[next++ & 1]);
    bh.consume(r);
  }
}
