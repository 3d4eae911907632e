package org.lwm2m.codegen.benchmarks;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.leshan.client.LeshanClient;
import org.eclipse.leshan.client.LeshanClientBuilder;
import org.eclipse.leshan.client.object.Device;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.core.LwM2mId;
import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.request.DownlinkDeviceManagementRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.LeshanServerBuilder;
import org.eclipse.leshan.server.model.VersionedModelProvider;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.eclipse.leshan.transport.californium.client.endpoint.CaliforniumClientEndpointsProvider;
import org.eclipse.leshan.transport.californium.client.endpoint.coap.CoapClientProtocolProvider;
import org.eclipse.leshan.transport.californium.server.endpoint.CaliforniumServerEndpointsProvider;
import org.eclipse.leshan.transport.californium.server.endpoint.coap.CoapServerProtocolProvider;
import org.lwm2m.codegen.benchmarks.objects.WaterPumpEnabler;
import org.lwm2m.codegen.benchmarks.objects.WaterPumpModel;

/**
 * B4: a Leshan server reading and writing a Leshan client's Water Pump through plain CoAP on the
 * loopback interface (ephemeral ports), in this JVM. The client serves three instances of object
 * 32110, holding the same values: 0 is the generated enabler, 1 the hand-written one (the
 * baseline), 2 Leshan's {@code SimpleInstanceEnabler} (for reference). Everything else (client,
 * server, object enabler, encoding, network) is shared, so the difference is the instance enabler.
 *
 * <p>Each request cycles through: read the instance, read one resource, write one resource
 * (Target Flow), replace-write the instance (its 11 writable resources). Requests are sequential
 * (the next one is sent when the previous response arrived). After a warm-up, each round sends
 * {@code N} requests to each instance, interleaved in batches of 20 (one instance's batch, then
 * the next's, the order rotating) so that load from other processes hits all alike; requests/s
 * is counted per round and the ratios are per round.
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.benchmarks.B4Coap</pre>
 *
 * System properties: {@code b4.warmup} (requests per instance, default 3000), {@code b4.rounds}
 * (default 20), {@code b4.requests} (per instance per round, default 1000), {@code b4.batch}
 * (default 20).
 */
public final class B4Coap {
  private static final long TIMEOUT_MS = 10_000;
  /** Requests one server sends before it is replaced (see the MID note in main). */
  private static final int MID_BUDGET = 50_000;
  private static final String[] KINDS = {"read instance", "read resource", "write resource", "replace instance"};

  private B4Coap() {}

  public static void main(String[] args) throws Exception {
    int warmup = Stats.intProperty("b4.warmup", 3000);
    int rounds = Stats.intProperty("b4.rounds", 20);
    int perRound = Stats.intProperty("b4.requests", 1000);
    int batch = Stats.intProperty("b4.batch", 20);
    if (batch % KINDS.length != 0 || perRound < batch) {
      throw new IllegalArgumentException("b4.batch must be a multiple of " + KINDS.length + " and at most b4.requests");
    }

    Map<String, LwM2mInstanceEnabler> targets = new LinkedHashMap<>();
    targets.put("generated", PumpValues.generated(0));
    targets.put("handWritten", PumpValues.handWritten(1));
    targets.put("simple", PumpValues.simple(2));
    int[] instanceIds = {0, 1, 2};
    String[] names = targets.keySet().toArray(new String[0]);

    System.out.println("B4: Leshan server -> CoAP loopback -> Leshan client, object 32110: generated enabler (instance 0) vs hand-written (1) vs SimpleInstanceEnabler (2)");
    System.out.println(Stats.jvm());
    LwM2mInstanceEnabler[] enablers = targets.values().toArray(new LwM2mInstanceEnabler[0]);
    Pair pair = Pair.start(enablers);
    try {
      // Every request must succeed against every instance.
      for (int t = 0; t < names.length; t++) {
        for (int k = 0; k < KINDS.length; k++) {
          LwM2mResponse r = pair.send(request(k, instanceIds[t], true));
          if (!r.isSuccess()) {
            throw new IllegalStateException(names[t] + ": " + KINDS[k] + " failed: " + r);
          }
        }
      }
      long t0 = System.nanoTime();
      for (int t = 0; t < names.length; t++) {
        run(pair, instanceIds[t], warmup, new long[KINDS.length]);
      }
      System.out.printf("warm-up: %d requests per instance, %.1f s%n", warmup, (System.nanoTime() - t0) / 1e9);

      double[][] rps = new double[names.length][rounds];
      long[][] kindNanos = new long[names.length][KINDS.length];
      for (int r = 0; r < rounds; r++) {
        if (pair.sent + names.length * perRound > MID_BUDGET) {
          // CoAP message IDs are 16 bits and may not be reused within EXCHANGE_LIFETIME (247 s):
          // past ~65,000 requests in that time Californium has no MID left and requests go
          // unanswered. A new server and client (new ports) start afresh; the JVM stays warm.
          pair.close();
          pair = Pair.start(enablers);
          run(pair, instanceIds[0], KINDS.length * 25, new long[KINDS.length]);
          run(pair, instanceIds[1], KINDS.length * 25, new long[KINDS.length]);
          run(pair, instanceIds[2], KINDS.length * 25, new long[KINDS.length]);
          System.out.println("  (new server and client: " + MID_BUDGET + " requests per pair at most)");
        }
        // Interleaved in small batches, the order rotating, so that a burst of load from other
        // processes hits every instance alike.
        long[] nanos = new long[names.length];
        int batches = perRound / batch;
        for (int b = 0; b < batches; b++) {
          for (int i = 0; i < names.length; i++) {
            int t = (b + r + i) % names.length;
            long start = System.nanoTime();
            run(pair, instanceIds[t], batch, kindNanos[t]);
            nanos[t] += System.nanoTime() - start;
          }
        }
        StringBuilder line = new StringBuilder("  round " + (r + 1) + ":");
        for (int t = 0; t < names.length; t++) {
          rps[t][r] = batches * batch / (nanos[t] / 1e9);
          line.append(String.format(" %s %.0f req/s", names[t], rps[t][r]));
        }
        line.append(String.format(", generated/handWritten %.3f", rps[0][r] / rps[1][r]));
        System.out.println(line);
      }
      double[] ratio = new double[rounds];
      double[] ratioSimple = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = rps[0][r] / rps[1][r];
        ratioSimple[r] = rps[0][r] / rps[2][r];
      }
      System.out.printf("measured: %d rounds x %d sequential requests per instance, interleaved in batches of %d (medians [min-max])%n",
          rounds, perRound / batch * batch, batch);
      for (int t = 0; t < names.length; t++) {
        System.out.printf("  %-12s %7.0f req/s [%.0f-%.0f]   mean latency by request: ", names[t], Stats.median(rps[t]),
            Stats.min(rps[t]), Stats.max(rps[t]));
        for (int k = 0; k < KINDS.length; k++) {
          System.out.printf("%s %.0f us%s", KINDS[k], kindNanos[t][k] / 1e3 / (rounds * (perRound / batch * batch) / (double) KINDS.length),
              k + 1 < KINDS.length ? ", " : "\n");
        }
      }
      double m = Stats.median(ratio);
      System.out.printf("  generated/simple %.3f [%.3f-%.3f]%n", Stats.median(ratioSimple), Stats.min(ratioSimple), Stats.max(ratioSimple));
      System.out.printf("B4 ratio generated/handWritten (requests/s) %.3f [%.3f-%.3f]: goal within 5%% (>= 0.95) %s%n",
          m, Stats.min(ratio), Stats.max(ratio), m >= 0.95 ? "met" : "MISSED");
    } finally {
      pair.close();
    }
  }

  /** Request kind {@code k} for {@code instance}; {@code alternate} picks one of two valid values. */
  private static DownlinkDeviceManagementRequest<? extends LwM2mResponse> request(int k, int instance, boolean alternate) {
    switch (k) {
      case 0:
        return new ReadRequest(WaterPumpModel.ID, instance);
      case 1:
        return new ReadRequest(WaterPumpModel.ID, instance, WaterPumpModel.TARGET_FLOW);
      case 2:
        return new WriteRequest(WaterPumpModel.ID, instance, WaterPumpModel.TARGET_FLOW, alternate ? 3.25 : PumpValues.TARGET_FLOW);
      default:
        LwM2mObjectInstance values = PumpValues.writableInstance(instance, alternate);
        return new WriteRequest(WriteRequest.Mode.REPLACE, WaterPumpModel.ID, instance, values.getResources().values());
    }
  }

  private static void run(Pair pair, int instance, int count, long[] kindNanos) {
    for (int i = 0; i < count; i++) {
      int k = i % KINDS.length;
      DownlinkDeviceManagementRequest<? extends LwM2mResponse> req = request(k, instance, (i / KINDS.length) % 2 == 0);
      long t = System.nanoTime();
      LwM2mResponse r = pair.send(req);
      kindNanos[k] += System.nanoTime() - t;
      if (!r.isSuccess()) {
        throw new IllegalStateException("instance " + instance + ": " + KINDS[k] + " failed: " + r);
      }
    }
  }

  /** A Leshan server and client on loopback, the client serving {@code instances} of object 32110. */
  static final class Pair implements AutoCloseable {
    final LeshanServer server;
    final LeshanClient client;
    final Registration registration;
    int sent;

    private Pair(LeshanServer server, LeshanClient client, Registration registration) {
      this.server = server;
      this.client = client;
      this.registration = registration;
    }

    <T extends LwM2mResponse> T send(DownlinkDeviceManagementRequest<T> request) {
      try {
        sent++;
        T response = server.send(registration, request, TIMEOUT_MS);
        if (response == null) {
          System.out.println("no response to " + request + " in " + TIMEOUT_MS + " ms; threads:");
          dumpThreads();
          throw new IllegalStateException("no response to " + request + " in " + TIMEOUT_MS + " ms");
        }
        return response;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Deadlocked threads first, then every thread with its locks (when a request gets no answer). */
    static void dumpThreads() {
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      long[] deadlocked = threads.findDeadlockedThreads();
      System.out.println(deadlocked == null ? "no deadlocked threads" : "DEADLOCKED threads: " + java.util.Arrays.toString(deadlocked));
      for (java.lang.management.ThreadInfo info : threads.dumpAllThreads(true, true)) {
        StringBuilder b = new StringBuilder(info.toString());
        if (info.getStackTrace().length > 8) {
          b.append("\tfull stack:\n");
          for (StackTraceElement e : info.getStackTrace()) {
            b.append("\t  at ").append(e).append('\n');
          }
        }
        System.out.print(b);
      }
    }

    static Pair start(LwM2mInstanceEnabler... instances) throws InterruptedException {
      List<ObjectModel> models = new ArrayList<>(ObjectLoader.loadDefault());
      models.add(WaterPumpModel.MODEL);
      InetAddress loopback = InetAddress.getLoopbackAddress();

      LeshanServerBuilder serverBuilder = new LeshanServerBuilder();
      serverBuilder.setObjectModelProvider(new VersionedModelProvider(models));
      serverBuilder.setEndpointsProviders(new CaliforniumServerEndpointsProvider.Builder(new CoapServerProtocolProvider())
          .addEndpoint(new InetSocketAddress(loopback, 0), Protocol.COAP).build());
      LeshanServer server = serverBuilder.build();
      String endpoint = "b4-" + Long.toHexString(System.nanoTime());
      CountDownLatch registered = new CountDownLatch(1);
      AtomicReference<Registration> registration = new AtomicReference<>();
      server.getRegistrationService().addListener(new RegistrationListener() {
        @Override
        public void registered(Registration reg, Registration previous, Collection<Observation> previousObservations) {
          if (endpoint.equals(reg.getEndpoint())) {
            registration.set(reg);
            registered.countDown();
          }
        }

        @Override
        public void updated(RegistrationUpdate update, Registration updated, Registration previous) {}

        @Override
        public void unregistered(Registration reg, Collection<Observation> observations, boolean expired, Registration newReg) {}
      });
      server.start();
      LeshanClient client = null;
      boolean ok = false;
      try {
        String uri = server.getEndpoint(Protocol.COAP).getURI().toString();
        ObjectsInitializer initializer = new ObjectsInitializer(new StaticModel(models));
        initializer.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(uri, 123));
        initializer.setInstancesForObject(LwM2mId.SERVER, new Server(123, 300));
        initializer.setInstancesForObject(LwM2mId.DEVICE, new Device("lwm2m-codegen", "benchmarks", "1"));
        initializer.setFactoryForObject(WaterPumpModel.ID, WaterPumpEnabler.factory());
        initializer.setInstancesForObject(WaterPumpModel.ID, instances);
        LeshanClientBuilder clientBuilder = new LeshanClientBuilder(endpoint);
        clientBuilder.setObjects(initializer.createAll());
        clientBuilder.setEndpointsProviders(new CaliforniumClientEndpointsProvider.Builder(new CoapClientProtocolProvider())
            .setClientAddress(loopback).build());
        client = clientBuilder.build();
        client.start();
        if (!registered.await(TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException("the client did not register in " + TIMEOUT_MS + " ms");
        }
        ok = true;
        return new Pair(server, client, registration.get());
      } finally {
        if (!ok) {
          if (client != null) {
            client.destroy(false);
          }
          server.destroy();
        }
      }
    }

    @Override
    public void close() {
      try {
        client.destroy(false);
      } finally {
        server.destroy();
      }
    }
  }
}
