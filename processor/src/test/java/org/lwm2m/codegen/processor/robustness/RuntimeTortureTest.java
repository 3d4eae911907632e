package org.lwm2m.codegen.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.observation.CompositeObservation;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.observation.SingleObservation;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.request.WriteRequest.Mode;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveCompositeResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.eclipse.leshan.server.observation.ObservationListener;
import org.eclipse.leshan.server.registration.Registration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.e2e.LeshanPair;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;

/**
 * Many threads through a real Leshan server and client (CoAP on loopback) against the generated
 * in-memory enablers of the project's 26241 "All Types" object, for a bounded time and count:
 * reads, valid and invalid writes, replace-writes (valid, invalid, lacking a mandatory resource),
 * executes; a device thread changing values through the {@code InMemory} setters (valid ones, and
 * invalid ones that must throw); observations of the shared instance. Asserted: no exception and
 * no unanswered request; every invalid write is answered 4.00 and changes nothing; every valid
 * write is visible (each worker owns one instance that only it writes, and reads its own writes
 * back, including the resets of a replace); every read of a whole instance, and every
 * notification, passes the generated {@code AllTypesValidator}. Counts are printed.
 *
 * <p>A server and client pair is replaced by a new one every {@link #ROUND_REQUESTS} requests
 * (Californium's message IDs run out after about 65,000 requests within the exchange lifetime);
 * the default run fits in one round.
 *
 * <pre>
 * mvn -o -pl processor test -Dtest=RuntimeTortureTest -Dtorture.seconds=60 -Dtorture.threads=12 -Dtorture.seed=3 -Dtorture.ops=10000000
 * </pre>
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RuntimeTortureTest {
  static final int THREADS = Integer.getInteger("torture.threads", 6);
  static final long SECONDS = Long.getLong("torture.seconds", 5L);
  static final long MAX_OPS = Long.getLong("torture.ops", 200_000L);
  static final long SEED = Long.getLong("torture.seed", 42L);
  /**
   * Requests per server and client pair: with Californium's defaults a pair stops answering after
   * about 65,000 requests within CoAP's 247 s exchange lifetime (16-bit message IDs), so longer
   * runs use a new pair every this many requests.
   */
  static final long ROUND_REQUESTS = Long.getLong("torture.roundRequests", 40_000L);

  static final int ALL = 26241;
  static final int LABEL = 0, LEVEL = 1, COUNTER = 2, RATIO = 3, ENABLED = 4, BLOB = 5, STAMP = 6, PEER = 7,
      LINKS = 8, SAMPLES = 9, MODE = 10, TRIGGER = 11, SECRET = 12, NAMES = 14, COLOUR = 15;
  /** The readable, server-writable resources a worker tracks on its own instance. */
  static final int[] TRACKED = {LABEL, LEVEL, RATIO, ENABLED, BLOB, STAMP, PEER, LINKS, SAMPLES, MODE, COLOUR};
  static final Map<Integer, Type> TYPES = Map.ofEntries(
      Map.entry(LABEL, Type.STRING), Map.entry(LEVEL, Type.INTEGER), Map.entry(RATIO, Type.FLOAT),
      Map.entry(ENABLED, Type.BOOLEAN), Map.entry(BLOB, Type.OPAQUE), Map.entry(STAMP, Type.TIME),
      Map.entry(PEER, Type.OBJLNK), Map.entry(LINKS, Type.CORELINK), Map.entry(SAMPLES, Type.INTEGER),
      Map.entry(MODE, Type.INTEGER), Map.entry(COLOUR, Type.STRING), Map.entry(SECRET, Type.STRING));

  /** The documented initial values of an in-memory instance (what a replace resets to). */
  static Map<Integer, Object> initialValues() {
    Map<Integer, Object> m = new HashMap<>();
    m.put(LABEL, "");
    m.put(LEVEL, 0L);
    m.put(RATIO, 0.0);
    m.put(ENABLED, false);
    m.put(BLOB, new byte[0]);
    m.put(STAMP, new Date(0));
    m.put(PEER, new ObjectLink());
    m.put(LINKS, new Link[0]);
    m.put(SAMPLES, Map.of(0, 0L));
    m.put(MODE, 1L);
    m.put(COLOUR, "red");
    return m;
  }

  @TempDir static Path work;
  static GeneratedCode code;
  static ObjectModel model;
  static Method validateInstance;
  static Method validateResource;

  @BeforeAll
  static void generate() throws Exception {
    code = GeneratedCode.compile(work, Path.of("src/test/resources/models"), "com.acme.torture", List.of("26241.xml"), List.of());
    assertTrue(code.success(), code.report());
    model = (ObjectModel) code.load("com.acme.torture.AllTypesModel").getField("MODEL").get(null);
    Class<?> validator = code.load("com.acme.torture.AllTypesValidator");
    validateInstance = validator.getMethod("validate", LwM2mObjectInstance.class);
    validateResource = validator.getMethod("validate", LwM2mResource.class);
  }

  @AfterAll
  static void unload() throws Exception {
    if (code != null) {
      code.close();
    }
  }

  // --- shared bookkeeping --------------------------------------------------------------------------

  final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  final AtomicLong ops = new AtomicLong();

  void count(String what) {
    counts.computeIfAbsent(what, k -> new LongAdder()).increment();
  }

  void problem(String p) {
    if (problems.size() < 200) {
      problems.add(p);
    }
  }

  @SuppressWarnings("unchecked")
  List<String> validate(LwM2mObjectInstance instance) {
    try {
      return (List<String>) validateInstance.invoke(null, instance);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  Optional<String> validate(LwM2mResource resource) {
    try {
      return (Optional<String>) validateResource.invoke(null, resource);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // --- the test ------------------------------------------------------------------------------------

  @Test
  void manyThreadsThroughARealServer() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    long t0 = System.nanoTime();
    int rounds = 0;
    do {
      round(rounds++, deadline);
    } while (System.nanoTime() < deadline && ops.get() < MAX_OPS && problems.isEmpty());
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Map<String, Long> sorted = new TreeMap<>();
    counts.forEach((k, v) -> sorted.put(k, v.sum()));
    System.out.printf(Locale.ROOT, "[torture] %d worker threads + 1 device thread for %d ms in %d round(s) of at most %d requests (bound %d s or %d operations): %d worker operations, %.0f requests/s%n",
        THREADS, millis, rounds, ROUND_REQUESTS, SECONDS, MAX_OPS, Math.min(ops.get(), MAX_OPS), sorted.getOrDefault("requests", 0L) * 1000.0 / Math.max(1, millis));
    sorted.forEach((k, v) -> System.out.printf(Locale.ROOT, "[torture]   %-50s %8d%n", k, v));
    System.out.println("[torture] problems: " + problems.size());
    assertTrue(problems.isEmpty(), () -> problems.size() + " problems, the first ones:\n" + String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    assertTrue(sorted.getOrDefault("notifications", 0L) > 0, "no notification at all");
  }

  /**
   * One round: new in-memory instances served by a new client and server, observed, then the
   * workers and the device thread until the deadline, the operation bound or the round's request
   * budget; then a last read of every instance.
   */
  void round(int round, long deadline) throws Exception {
    int shared = THREADS;
    TypedInstanceEnabler<?>[] enablers = new TypedInstanceEnabler<?>[THREADS + 1];
    for (int i = 0; i <= THREADS; i++) {
      enablers[i] = (TypedInstanceEnabler<?>) code.load("com.acme.torture.AllTypesEnabler").getMethod("inMemory", int.class).invoke(null, i);
    }
    Object device = enablers[shared].implementation();
    AtomicLong roundRequests = new AtomicLong();
    try (LeshanPair pair = LeshanPair.builder().model(model).instances(ALL, enablers).start()) {
      count("rounds (a new server and client each)");
      pair.server().getObservationService().addListener(new ObservationListener() {
        @Override
        public void newObservation(Observation observation, Registration registration) {}

        @Override
        public void cancelled(Observation observation) {}

        @Override
        public void onResponse(SingleObservation observation, Registration registration, ObserveResponse response) {
          count("notifications");
          checkNode("notification of " + observation.getPath(), response.getContent());
        }

        @Override
        public void onResponse(CompositeObservation observation, Registration registration, ObserveCompositeResponse response) {}

        @Override
        public void onError(Observation observation, Registration registration, Exception error) {
          problem("observation error on " + observation + ": " + ProcessorRun.stackTrace(error));
        }
      });
      for (LwM2mPath path : List.of(new LwM2mPath(ALL, shared), new LwM2mPath(ALL, shared, COUNTER), new LwM2mPath(ALL, 0, LEVEL))) {
        ObserveResponse r = pair.send(new ObserveRequest(ContentFormat.TLV, path.toString()));
        assertEquals(ResponseCode.CONTENT, r.getCode(), "observe " + path + ": " + r);
      }

      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
      List<Future<?>> futures = new ArrayList<>();
      CountDownLatch workersLeft = new CountDownLatch(THREADS);
      for (int t = 0; t < THREADS; t++) {
        int own = t;
        futures.add(pool.submit(() -> {
          go.await();
          try {
            new Worker(pair, own, shared, new Random(SEED * 31 + own + 1_000_003L * round), roundRequests).run(deadline, stop);
          } finally {
            workersLeft.countDown();
          }
          return null;
        }));
      }
      futures.add(pool.submit(() -> {
        go.await();
        deviceSide(device, new Random(SEED * 31 + 1000 + 1_000_003L * round), deadline, stop, workersLeft);
        return null;
      }));
      go.countDown();
      for (Future<?> f : futures) {
        try {
          f.get(SECONDS + 120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          problem("a thread failed: " + ProcessorRun.stackTrace(e.getCause()));
          stop.set(true);
        }
      }
      pool.shutdownNow();

      // A last consistency pass: every instance valid.
      for (int i = 0; i <= THREADS; i++) {
        try {
          ReadResponse r = pair.send(new ReadRequest(ContentFormat.TLV, ALL, i));
          if (r.isSuccess()) {
            checkNode("final read of instance " + i, r.getContent());
          } else {
            problem("final read of instance " + i + ": " + r);
          }
        } catch (AssertionError unanswered) {
          problem("final read of instance " + i + ": " + unanswered.getMessage());
        }
      }
    }
  }

  /** Checks a node read from (or notified by) the client against the generated validator. */
  void checkNode(String what, LwM2mNode node) {
    if (node instanceof LwM2mObjectInstance) {
      List<String> p = validate((LwM2mObjectInstance) node);
      if (!p.isEmpty()) {
        problem(what + " breaks the validator: " + p + " in " + node);
      }
    } else if (node instanceof LwM2mResource) {
      validate((LwM2mResource) node).ifPresent(p -> problem(what + " breaks the validator: " + p + " in " + node));
    } else {
      problem(what + ": unexpected node " + node);
    }
  }

  /** Device code changing the shared instance through the InMemory setters. */
  void deviceSide(Object implementation, Random random, long deadline, AtomicBoolean stop, CountDownLatch workersLeft) {
    // Ends with the workers: device changes are not counted against the operation bound.
    while (System.nanoTime() < deadline && !stop.get() && workersLeft.getCount() > 0) {
      try {
        switch (random.nextInt(6)) {
          case 0:
            call(implementation, "setCounter", ULong.valueOf(random.nextInt(Integer.MAX_VALUE)));
            count("device: valid set");
            break;
          case 1:
            call(implementation, "setNames", Map.of(0, "n" + random.nextInt(100), 1, "m"));
            count("device: valid set");
            break;
          case 2:
            call(implementation, "setLevel", (long) (random.nextInt(111) - 10));
            count("device: valid set");
            break;
          case 3:
            call(implementation, "setColour", random.nextBoolean() ? "red" : "green");
            count("device: valid set");
            break;
          default: {
            Object[][] invalid = {{"setLevel", 101L}, {"setLevel", -11L}, {"setLabel", "x".repeat(17)}, {"setLabel", "\u00e9".repeat(9)},
                {"setRatio", 1.5}, {"setRatio", Double.NaN}, {"setMode", 3L}, {"setColour", "blue"}, {"setBlob", new byte[5]},
                {"setSamples", Map.of(0, 1001L)}};
            Object[] c = invalid[random.nextInt(invalid.length)];
            try {
              call(implementation, (String) c[0], c[1]);
              problem("device: " + c[0] + "(" + show(c[1]) + ") was accepted");
            } catch (IllegalArgumentException expected) {
              count("device: invalid set rejected");
            }
          }
        }
      } catch (RuntimeException e) {
        problem("device thread: " + ProcessorRun.stackTrace(e));
      }
      Thread.yield();
    }
  }

  static Object call(Object target, String name, Object arg) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        try {
          return m.invoke(target, arg);
        } catch (InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          }
          throw new AssertionError(e.getCause());
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no method " + name);
  }

  // --- a worker ------------------------------------------------------------------------------------

  final class Worker {
    final LeshanPair pair;
    final int own;
    final int shared;
    final Random random;
    /** What this worker's instance holds, as far as the server can read it. */
    final Map<Integer, Object> expected = initialValues();
    final AtomicLong roundRequests;

    Worker(LeshanPair pair, int own, int shared, Random random, AtomicLong roundRequests) {
      this.pair = pair;
      this.own = own;
      this.shared = shared;
      this.random = random;
      this.roundRequests = roundRequests;
    }

    <T extends LwM2mResponse> T send(org.eclipse.leshan.core.request.DownlinkDeviceManagementRequest<T> request) {
      count("requests");
      roundRequests.incrementAndGet();
      T r = pair.send(request); // throws when unanswered within LeshanPair.TIMEOUT_MS
      count("response " + r.getCode());
      return r;
    }

    void run(long deadline, AtomicBoolean stop) {
      while (System.nanoTime() < deadline && !stop.get() && roundRequests.get() < ROUND_REQUESTS && ops.incrementAndGet() <= MAX_OPS) {
        try {
          switch (random.nextInt(12)) {
            case 0:
            case 1:
            case 2:
              validWriteOwn();
              break;
            case 3:
            case 4:
              invalidWrite(random.nextBoolean() ? own : shared);
              break;
            case 5:
              validReplaceOwn();
              break;
            case 6:
              invalidReplace(random.nextBoolean() ? own : shared);
              break;
            case 7:
              readAndCheck(own, true);
              break;
            case 8:
              readAndCheck(shared, false);
              break;
            case 9:
              execute();
              break;
            case 10:
              validWriteShared();
              break;
            default:
              readOneShared();
          }
        } catch (RuntimeException | AssertionError e) {
          problem("worker " + own + ": " + ProcessorRun.stackTrace(e));
          stop.set(true);
        }
      }
    }

    ContentFormat format() {
      return random.nextBoolean() ? ContentFormat.TLV : ContentFormat.SENML_CBOR;
    }

    LwM2mResource node(int id, Object value) {
      if (id == SAMPLES) {
        @SuppressWarnings("unchecked")
        Map<Integer, Long> m = (Map<Integer, Long>) value;
        return LwM2mMultipleResource.newIntegerResource(id, m);
      }
      return LwM2mSingleResource.newResource(id, value, TYPES.get(id));
    }

    WriteRequest writeOne(int instance, int id, Object value) {
      return new WriteRequest(Mode.REPLACE, format(), new LwM2mPath(ALL, instance, id), node(id, value));
    }

    void validWriteOwn() {
      int id = TRACKED[random.nextInt(TRACKED.length)];
      Object v = validValue(id);
      LwM2mResponse r = send(writeOne(own, id, v));
      if (r.getCode() != ResponseCode.CHANGED) {
        problem("valid write of " + show(v) + " to /" + ALL + "/" + own + "/" + id + ": " + r);
        return;
      }
      count("valid write applied");
      expected.put(id, v);
      ReadResponse read = send(new ReadRequest(format(), ALL, own, id));
      if (!read.isSuccess()) {
        problem("read back of /" + ALL + "/" + own + "/" + id + ": " + read);
        return;
      }
      Object got = valueOf((LwM2mResource) read.getContent());
      if (!same(v, got)) {
        problem("read-your-write of /" + ALL + "/" + own + "/" + id + ": wrote " + show(v) + ", read " + show(got));
      } else {
        count("valid write read back");
      }
    }

    void validWriteShared() {
      int id = TRACKED[random.nextInt(TRACKED.length)];
      LwM2mResponse r = send(writeOne(shared, id, validValue(id)));
      if (r.getCode() != ResponseCode.CHANGED) {
        problem("valid write to the shared instance, resource " + id + ": " + r);
      } else {
        count("valid write applied");
      }
    }

    void invalidWrite(int instance) {
      Object[] c = invalidValue();
      int id = (Integer) c[0];
      LwM2mResponse r = send(writeOne(instance, id, c[1]));
      if (r.getCode() != ResponseCode.BAD_REQUEST) {
        problem("invalid write of " + show(c[1]) + " to /" + ALL + "/" + instance + "/" + id + " answered " + r);
        if (r.isSuccess() && instance == own) {
          expected.put(id, c[1]);
        }
        return;
      }
      count("invalid write rejected 4.00");
      if (instance == own) {
        readAndCheck(own, true);
      }
    }

    void validReplaceOwn() {
      List<LwM2mResource> nodes = new ArrayList<>();
      Map<Integer, Object> next = initialValues();
      for (int id : new int[] {LABEL, LEVEL, ENABLED}) { // the mandatory writable ones
        Object v = validValue(id);
        nodes.add(node(id, v));
        next.put(id, v);
      }
      for (int id : TRACKED) {
        if (!next.containsKey(id) || random.nextInt(3) != 0 || id == LABEL || id == LEVEL || id == ENABLED) {
          continue;
        }
        Object v = validValue(id);
        nodes.add(node(id, v));
        next.put(id, v);
      }
      LwM2mResponse r = send(new WriteRequest(Mode.REPLACE, format(), ALL, own, nodes));
      if (r.getCode() != ResponseCode.CHANGED) {
        problem("valid replace of instance " + own + " with " + nodes + ": " + r);
        return;
      }
      count("valid replace applied");
      expected.clear();
      expected.putAll(next);
      readAndCheck(own, true);
    }

    void invalidReplace(int instance) {
      List<LwM2mResource> nodes = new ArrayList<>();
      boolean dropMandatory = random.nextInt(4) == 0;
      for (int id : new int[] {LABEL, LEVEL, ENABLED}) {
        if (dropMandatory && id == LEVEL) {
          continue;
        }
        nodes.add(node(id, validValue(id)));
      }
      if (!dropMandatory) {
        Object[] bad = invalidValue();
        nodes.removeIf(n -> n.getId() == (Integer) bad[0]);
        nodes.add(node((Integer) bad[0], bad[1]));
      }
      LwM2mResponse r = send(new WriteRequest(Mode.REPLACE, format(), ALL, instance, nodes));
      if (r.getCode() != ResponseCode.BAD_REQUEST) {
        problem("invalid replace of instance " + instance + " with " + nodes + " answered " + r);
        return;
      }
      count(dropMandatory ? "replace without a mandatory resource rejected 4.00" : "invalid replace rejected 4.00");
      if (instance == own) {
        readAndCheck(own, true);
      }
    }

    void readAndCheck(int instance, boolean compare) {
      ReadResponse r = send(new ReadRequest(format(), ALL, instance));
      if (!r.isSuccess()) {
        problem("read of instance " + instance + ": " + r);
        return;
      }
      count("whole-instance reads validated");
      LwM2mObjectInstance read = (LwM2mObjectInstance) r.getContent();
      checkNode("read of instance " + instance, read);
      if (compare) {
        for (int id : TRACKED) {
          Object got = valueOf(read.getResource(id));
          if (!same(expected.get(id), got)) {
            problem("instance " + own + " resource " + id + ": expected " + show(expected.get(id)) + ", read " + show(got));
          }
        }
      }
    }

    void readOneShared() {
      int id = random.nextBoolean() ? COUNTER : TRACKED[random.nextInt(TRACKED.length)];
      ReadResponse r = send(new ReadRequest(format(), ALL, shared, id));
      if (!r.isSuccess()) {
        problem("read of /" + ALL + "/" + shared + "/" + id + ": " + r);
        return;
      }
      count("single-resource reads validated");
      checkNode("read of /" + ALL + "/" + shared + "/" + id, r.getContent());
    }

    void execute() {
      int instance = random.nextBoolean() ? own : shared;
      LwM2mResponse r = send(new ExecuteRequest(ALL, instance, TRIGGER, random.nextBoolean() ? "" : "1,2='x'"));
      if (r.getCode() != ResponseCode.CHANGED) {
        problem("execute on instance " + instance + ": " + r);
      } else {
        count("executes");
      }
      if (random.nextInt(4) == 0) {
        LwM2mResponse notAllowed = send(new ExecuteRequest(ALL, instance, LABEL));
        if (notAllowed.getCode() != ResponseCode.METHOD_NOT_ALLOWED) {
          problem("execute of a non-executable resource answered " + notAllowed);
        } else {
          count("execute of a non-executable 4.05");
        }
      }
    }

    Object validValue(int id) {
      switch (id) {
        case LABEL: {
          if (random.nextInt(4) == 0) {
            return "\u00e9".repeat(random.nextInt(9)); // at most 16 bytes in 8 characters
          }
          StringBuilder b = new StringBuilder();
          int n = random.nextInt(17);
          for (int i = 0; i < n; i++) {
            b.append((char) ('a' + random.nextInt(26)));
          }
          return b.toString();
        }
        case LEVEL:
          return (long) (random.nextInt(111) - 10);
        case RATIO:
          return random.nextInt(1001) / 1000.0;
        case ENABLED:
          return random.nextBoolean();
        case BLOB: {
          byte[] b = new byte[random.nextInt(5)];
          random.nextBytes(b);
          return b;
        }
        case STAMP:
          return new Date(random.nextInt(2_000_000_000) * 1000L);
        case PEER:
          return new ObjectLink(random.nextInt(1000), random.nextInt(1000));
        case LINKS:
          return random.nextBoolean() ? new Link[0] : new Link[] {new Link("/3/0"), new Link("/" + ALL + "/" + random.nextInt(10))};
        case SAMPLES: {
          Map<Integer, Long> m = new TreeMap<>();
          int n = 1 + random.nextInt(3);
          for (int i = 0; i < n; i++) {
            m.put(random.nextInt(5), (long) random.nextInt(1001));
          }
          return m;
        }
        case MODE:
          return new long[] {1, 2, 4}[random.nextInt(3)];
        case COLOUR:
          return random.nextBoolean() ? "red" : "green";
        default:
          throw new IllegalArgumentException("resource " + id);
      }
    }

    /** {resource ID, a value that breaks its rules}. */
    Object[] invalidValue() {
      Object[][] all = {
          {LEVEL, 101L}, {LEVEL, -11L}, {LEVEL, Long.MAX_VALUE}, {LEVEL, Long.MIN_VALUE},
          // (at most 200 bytes: a larger payload goes blockwise, and Californium cancels a blockwise upload
          // when another thread starts one to the same resource)
          {LABEL, "x".repeat(17)}, {LABEL, "\u00e9".repeat(9)}, {LABEL, "y".repeat(200)},
          {RATIO, 1.0001}, {RATIO, -0.5}, {RATIO, Double.NaN}, {RATIO, Double.POSITIVE_INFINITY},
          {MODE, 0L}, {MODE, 3L}, {MODE, 5L}, {COLOUR, "blue"}, {COLOUR, "Red"}, {COLOUR, "red "}, {COLOUR, ""},
          {BLOB, new byte[5]}, {BLOB, new byte[100]}, {SAMPLES, Map.of(0, 1001L)}, {SAMPLES, Map.of(0, 5L, 1, -1L)}};
      return all[random.nextInt(all.length)];
    }
  }

  // --- values --------------------------------------------------------------------------------------

  static Object valueOf(LwM2mResource r) {
    if (r == null) {
      return null;
    }
    if (!r.isMultiInstances()) {
      return r.getValue();
    }
    Map<Integer, Object> m = new TreeMap<>();
    for (LwM2mResourceInstance i : r.getInstances().values()) {
      m.put(i.getId(), i.getValue());
    }
    return m;
  }

  static boolean same(Object expected, Object actual) {
    if (expected instanceof byte[] && actual instanceof byte[]) {
      return Arrays.equals((byte[]) expected, (byte[]) actual);
    }
    if (expected instanceof Link[] && actual instanceof Link[]) {
      return Arrays.equals(Arrays.stream((Link[]) expected).map(Link::toCoreLinkFormat).toArray(),
          Arrays.stream((Link[]) actual).map(Link::toCoreLinkFormat).toArray());
    }
    if (expected instanceof Map && actual instanceof Map) {
      return new TreeMap<>((Map<?, ?>) expected).equals(new TreeMap<>((Map<?, ?>) actual));
    }
    return Objects.equals(expected, actual);
  }

  static String show(Object v) {
    if (v instanceof byte[]) {
      return Arrays.toString((byte[]) v);
    }
    if (v instanceof Object[]) {
      return Arrays.toString((Object[]) v);
    }
    String s = String.valueOf(v);
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
