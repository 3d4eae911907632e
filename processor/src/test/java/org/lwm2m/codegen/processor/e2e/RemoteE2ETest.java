package org.lwm2m.codegen.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.codegen.processor.e2e.Bindings.call;
import static org.lwm2m.codegen.processor.e2e.Bindings.callStatic;
import static org.lwm2m.codegen.processor.e2e.Bindings.show;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.CreateRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteCompositeRequest;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.response.CreateResponse;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.WriteCompositeResponse;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.runtime.CheckedObjectEnabler;
import org.lwm2m.codegen.runtime.CheckedObjectsInitializer;
import org.lwm2m.codegen.runtime.MultiResource;
import org.lwm2m.codegen.runtime.ResourceNotProvidedException;
import org.lwm2m.codegen.runtime.SingleResource;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;
import org.lwm2m.codegen.runtime.remote.RemoteInstance;
import org.lwm2m.codegen.runtime.remote.RemoteListener;
import org.lwm2m.codegen.runtime.remote.RemoteObservation;
import org.lwm2m.codegen.runtime.remote.RemoteRequestException;

/**
 * The generated {@code NRemote} of the project's test objects (26241 "All Types", 26242 "Test
 * Thermometer") driving a real Leshan client from a real Leshan server over CoAP on the loopback
 * interface; and the runtime's checked Create and Write-Composite on the client. Runs once per way
 * of producing the bindings (XML, annotated interfaces), like {@link GeneratedEnablerE2ETest}.
 *
 * <p>The generated classes live in a class loader of their own: the tests reach the interface and
 * remote methods by reflection, and the runtime's types (shared) directly.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestInstance(Lifecycle.PER_CLASS)
abstract class RemoteE2ETest {
  static final int ALL = GeneratedEnablerE2ETest.ALL;
  static final int THERMO = GeneratedEnablerE2ETest.THERMO;
  static final String PKG = GeneratedEnablerE2ETest.PKG;

  /** A thermometer that records executions, refuses argument 9, and whose values the test sets. */
  static final String RECORDING =
      "package com.acme.e2e;\n"
          + "import java.util.List;\n"
          + "import java.util.concurrent.CopyOnWriteArrayList;\n"
          + "import org.eclipse.leshan.core.request.argument.Arguments;\n"
          + "public class RemoteThermometer implements TestThermometer {\n"
          + "  public final List<String> executions = new CopyOnWriteArrayList<>();\n"
          + "  public volatile double value = 20.5;\n"
          + "  public volatile String applicationType = \"greenhouse\";\n"
          + "  @Override public double getSensorValue() { return value; }\n"
          + "  @Override public String getApplicationType() { return applicationType; }\n"
          + "  @Override public void setApplicationType(String v) { applicationType = v; }\n"
          + "  @Override public void resetMinAndMaxMeasuredValues(Arguments arguments) {\n"
          + "    if (arguments.hasDigit(9)) { throw new IllegalArgumentException(\"argument 9 is not supported\"); }\n"
          + "    executions.add(arguments.toString());\n"
          + "  }\n"
          + "}\n";

  /** A thermometer that sends a value outside its range -40..125. */
  static final String OUT_OF_RANGE =
      "package com.acme.e2e;\n"
          + "class OutOfRangeThermometer implements TestThermometer {\n"
          + "  @Override public double getSensorValue() { return 500.0; }\n"
          + "}\n";

  GeneratedCode code;
  Bindings gen;

  abstract GeneratedCode compileBindings(Path work, String... implementations) throws Exception;

  @BeforeAll
  void generate(@TempDir Path work) throws Exception {
    code = compileBindings(work, GeneratedEnablerE2ETest.MANDATORY_ONLY, GeneratedEnablerE2ETest.FAILING, RECORDING, OUT_OF_RANGE);
    assertTrue(code.success(), code.report());
    gen = new Bindings(code, PKG);
  }

  @AfterAll
  void unload() throws Exception {
    if (code != null) {
      code.close();
    }
  }

  // --- helpers -------------------------------------------------------------------------------------

  List<ObjectModel> models() {
    return List.of(gen.model("AllTypes"), gen.model("TestThermometer"));
  }

  /** {@code NRemote.of(server, registration, instanceId)}. */
  RemoteInstance<?> remote(LeshanPair pair, String name, int instanceId) {
    Object remote = callStatic(gen.type(name + "Remote"), "of", pair.server(), pair.registration(), instanceId);
    assertTrue(gen.type(name).isInstance(remote), "NRemote implements N");
    return (RemoteInstance<?>) remote;
  }

  /** {@code NModel.Resources.X}. */
  Object descriptor(String name, String constant) {
    return Bindings.staticField(gen.type(name + "Model$Resources"), constant);
  }

  /** The getters of interface {@code N}, by name. */
  List<Method> getters(String name) {
    List<Method> getters = new ArrayList<>();
    for (Method m : gen.type(name).getMethods()) {
      if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
        getters.add(m);
      }
    }
    getters.sort(Comparator.comparing(Method::getName));
    return getters;
  }

  /** Calls getter {@code m} on {@code target}: its value, or the exception it threw. */
  static Object get(Method m, Object target) {
    try {
      return call(target, m.getName());
    } catch (RuntimeException e) {
      return e;
    }
  }

  /** Values equal as the device and the server see them: arrays by content, links by text, times to the second (TLV). */
  static boolean same(Object a, Object b) {
    if (a instanceof ResourceNotProvidedException && b instanceof ResourceNotProvidedException) {
      return ((ResourceNotProvidedException) a).resourceId() == ((ResourceNotProvidedException) b).resourceId();
    }
    if (a instanceof Instant && b instanceof Instant) {
      return ((Instant) a).getEpochSecond() == ((Instant) b).getEpochSecond();
    }
    if (a instanceof Map && b instanceof Map) {
      Map<?, ?> ma = (Map<?, ?>) a;
      Map<?, ?> mb = (Map<?, ?>) b;
      return ma.keySet().equals(mb.keySet()) && ma.keySet().stream().allMatch(k -> same(ma.get(k), mb.get(k)));
    }
    return Bindings.sameValue(a, b);
  }

  /** A valid value of each writable resource of All Types, by setter, none equal to the in-memory initial value. */
  static Map<String, Object> validAllTypesValues() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("setLabel", "remote");
    v.put("setLevel", 42L);
    v.put("setRatio", 0.25);
    v.put("setEnabled", true);
    v.put("setBlob", new byte[] {1, 2, 3, 4});
    v.put("setStamp", Instant.ofEpochSecond(1_700_000_000L));
    v.put("setPeer", new ObjectLink(3, 0));
    v.put("setLinks", new Link[] {new Link("/3/0"), new Link("/26241/1")});
    v.put("setSamples", Map.of(0, 5L, 3, 6L));
    v.put("setMode", 4L);
    v.put("setSecret", "s3cret");
    v.put("setColour", "green");
    return v;
  }

  static void assertCode(ResponseCode expected, LwM2mResponse response) {
    assertEquals(expected, response.getCode(), () -> "response " + response);
  }

  /** An {@code IllegalArgumentException} naming the resource (ID and name) and the rule. */
  static void assertNamesResourceAndRule(Throwable e, int id, String name, String rule) {
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("resource " + id + " (" + name + ")"), () -> "message does not name resource " + id + ": " + message);
    assertTrue(message.contains("[" + rule + "]"), () -> "message does not name rule " + rule + ": " + message);
  }

  // --- read --------------------------------------------------------------------------------------

  @Test
  void everyGetterReturnsWhatTheDeviceHolds() {
    TypedInstanceEnabler<?> device = gen.inMemory("AllTypes", 0);
    for (Map.Entry<String, Object> e : validAllTypesValues().entrySet()) {
      if (!e.getKey().equals("setSecret")) {
        call(device.implementation(), e.getKey(), e.getValue()); // values other than the initial ones
      }
    }
    TypedInstanceEnabler<?> thermometer = gen.enabler("TestThermometer", 0, gen.newInstance("RemoteThermometer"));
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).instances(THERMO, thermometer).start()) {
      assertSameGetters("AllTypes", remote(pair, "AllTypes", 0), device.implementation());
      assertSameGetters("TestThermometer", remote(pair, "TestThermometer", 0), thermometer.implementation());
      for (ContentFormat format : List.of(ContentFormat.TLV, ContentFormat.SENML_CBOR, ContentFormat.SENML_JSON)) {
        assertSameGetters("AllTypes", remote(pair, "AllTypes", 0).withContentFormat(format), device.implementation());
      }
    }
  }

  /** Every getter of {@code N} on the remote equals the device's; Hidden (no operation) cannot be read by a server. */
  void assertSameGetters(String name, Object remote, Object device) {
    List<String> problems = new ArrayList<>();
    for (Method m : getters(name)) {
      Object expected = get(m, device);
      Object actual = get(m, remote);
      if (m.getName().equals("getHidden")) {
        if (!(actual instanceof UnsupportedOperationException) || actual instanceof ResourceNotProvidedException) {
          problems.add("getHidden: expected UnsupportedOperationException, got " + show(actual));
        }
        continue;
      }
      if (!same(expected, actual)) {
        problems.add(m.getName() + ": device " + show(expected) + ", remote " + show(actual));
      }
    }
    assertEquals(List.of(), problems, name + " through " + remote);
  }

  @Test
  void readReturnsAnImmutableSnapshotThatImplementsN() {
    TypedInstanceEnabler<?> device = gen.inMemory("AllTypes", 0);
    call(device.implementation(), "setLevel", 17L);
    call(device.implementation(), "setBlob", new byte[] {1, 2});
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).start()) {
      Object snapshot = call(remote(pair, "AllTypes", 0), "read");
      assertTrue(gen.type("AllTypes").isInstance(snapshot), "the snapshot implements N");
      assertSameGetters("AllTypes", snapshot, device.implementation());
      assertEquals(17L, call(snapshot, "getLevel"));
      UnsupportedOperationException readOnly = assertThrows(UnsupportedOperationException.class, () -> call(snapshot, "setLevel", 3L));
      assertTrue(readOnly.getMessage().contains("resource 1 (Level)"), readOnly.getMessage());
      assertThrows(UnsupportedOperationException.class, () -> call(snapshot, "trigger", (Object) null));
      byte[] blob = (byte[]) call(snapshot, "getBlob");
      blob[0] = 99;
      assertEquals(1, ((byte[]) call(snapshot, "getBlob"))[0], "a snapshot hands out copies of arrays");
      call(device.implementation(), "setLevel", 18L);
      assertEquals(17L, call(snapshot, "getLevel"), "a snapshot does not change with the device");
    }
  }

  // --- write -------------------------------------------------------------------------------------

  @Test
  void settersChangeTheDevice() {
    TypedInstanceEnabler<?> device = gen.inMemory("AllTypes", 0);
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).start()) {
      for (ContentFormat format : Arrays.asList(null, ContentFormat.SENML_CBOR)) {
        RemoteInstance<?> remote = remote(pair, "AllTypes", 0).withContentFormat(format);
        for (Map.Entry<String, Object> e : validAllTypesValues().entrySet()) {
          call(remote, e.getKey(), e.getValue());
          Object held = call(device.implementation(), "get" + e.getKey().substring(3));
          assertTrue(same(e.getValue(), held), () -> e.getKey() + " (" + format + "): device holds " + show(held));
        }
        call(remote, "setLevel", 43L);
        assertEquals(43L, call(device.implementation(), "getLevel"));
      }
    }
  }

  @Test
  void invalidSettersThrowBeforeAnythingIsSent() {
    TypedInstanceEnabler<?> target = gen.inMemory("AllTypes", 0);
    CountingEnabler device = new CountingEnabler(target);
    try (LeshanPair pair = LeshanPair.builder().models(models())
        .instances(ALL, device.enabler()).factory(ALL, gen.factory("AllTypes")).start()) {
      RemoteInstance<?> remote = remote(pair, "AllTypes", 0);
      Object[][] invalid = {
        {"setLevel", 1000L, 1, "Level", "range"},
        {"setLabel", "x".repeat(17), 0, "Label", "length"},
        {"setRatio", 1.5, 3, "Ratio", "range"},
        {"setBlob", new byte[5], 5, "Blob", "length"},
        {"setSamples", Map.of(0, 2000L), 9, "Samples", "range"},
        {"setMode", 3L, 10, "Mode", "enumeration"},
        {"setColour", "blue", 15, "Colour", "enumeration"},
        {"setLabel", null, 0, "Label", "type"},
      };
      int writesBefore = device.count("write");
      for (Object[] c : invalid) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call(remote, (String) c[0], c[1]),
            () -> c[0] + "(" + show(c[1]) + ")");
        assertNamesResourceAndRule(e, (Integer) c[2], (String) c[3], (String) c[4]);
      }
      assertEquals(writesBefore, device.count("write"), "the device saw a write: " + device);
      assertEquals(0L, call(target.implementation(), "getLevel"));
      // and a valid one does reach it
      call(remote, "setLevel", 5L);
      assertEquals(writesBefore + 1, device.count("write"));
      assertEquals(5L, call(target.implementation(), "getLevel"));
    }
  }

  // --- execute -----------------------------------------------------------------------------------

  @Test
  void executableMethodsExecuteWithTheirArguments() throws Exception {
    Object thermometer = gen.newInstance("RemoteThermometer");
    try (LeshanPair pair = LeshanPair.builder().models(models())
        .instances(THERMO, gen.enabler("TestThermometer", 0, thermometer)).start()) {
      RemoteInstance<?> remote = remote(pair, "TestThermometer", 0);
      call(remote, "resetMinAndMaxMeasuredValues", Arguments.parse("0='all',3"));
      call(remote, "resetMinAndMaxMeasuredValues", (Object) null);
      @SuppressWarnings("unchecked")
      List<String> executions = (List<String>) Bindings.field(thermometer, "executions");
      assertEquals(List.of(Arguments.parse("0='all',3").toString(), Arguments.parse("").toString()), executions);
      RemoteRequestException refused = assertThrows(RemoteRequestException.class,
          () -> call(remote, "resetMinAndMaxMeasuredValues", Arguments.parse("9")));
      assertEquals(ResponseCode.BAD_REQUEST, refused.code());
      assertTrue(refused.getMessage().contains("argument 9 is not supported"), refused.getMessage());
      assertEquals("/26242/0/5605", refused.path().toString());
    }
  }

  // --- observe -----------------------------------------------------------------------------------

  @Test
  void observingAResourceDeliversItsValuesUntilClosed() throws Exception {
    TypedInstanceEnabler<?> device = gen.inMemory("AllTypes", 0);
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).start()) {
      RemoteInstance<?> remote = remote(pair, "AllTypes", 0);
      BlockingQueue<Object> values = new LinkedBlockingQueue<>();
      @SuppressWarnings("unchecked")
      SingleResource<Long> level = (SingleResource<Long>) descriptor("AllTypes", "LEVEL");
      RemoteObservation observation = remote.observe(level, values::add);
      assertEquals(0L, values.poll(5, TimeUnit.SECONDS), "the current value first");
      assertTrue(observation.isActive());
      call(device.implementation(), "setLevel", 7L);
      assertEquals(7L, values.poll(5, TimeUnit.SECONDS), "a change on the device");
      call(remote, "setLevel", 8L);
      assertEquals(8L, values.poll(5, TimeUnit.SECONDS), "a change written by the server");

      @SuppressWarnings("unchecked")
      MultiResource<Long> samples = (MultiResource<Long>) descriptor("AllTypes", "SAMPLES");
      BlockingQueue<Map<Integer, Long>> sampleValues = new LinkedBlockingQueue<>();
      try (RemoteObservation multi = remote.observe(samples, sampleValues::add)) {
        assertEquals(Map.of(0, 0L), sampleValues.poll(5, TimeUnit.SECONDS));
        call(device.implementation(), "setSamples", Map.of(1, 10L, 2, 20L));
        assertEquals(Map.of(1, 10L, 2, 20L), sampleValues.poll(5, TimeUnit.SECONDS));
      }

      observation.close();
      assertFalse(observation.isActive());
      assertTrue(pair.server().getObservationService().getObservations(pair.registration()).isEmpty(),
          "the server holds no observation: " + pair.server().getObservationService().getObservations(pair.registration()));
      call(device.implementation(), "setLevel", 9L);
      assertNull(values.poll(1500, TimeUnit.MILLISECONDS), "no value after close");
      observation.close(); // twice: nothing
    }
  }

  /** What a listener throws: on the first value out of observe(), the observation cancelled; later, not into Leshan. */
  @Test
  void aListenerThatThrowsLeavesNoObservationBehind() throws Exception {
    TypedInstanceEnabler<?> device = gen.inMemory("AllTypes", 0);
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).start()) {
      RemoteInstance<?> remote = remote(pair, "AllTypes", 0);
      @SuppressWarnings("unchecked")
      SingleResource<Long> level = (SingleResource<Long>) descriptor("AllTypes", "LEVEL");
      IllegalStateException thrown = assertThrows(IllegalStateException.class,
          () -> remote.observe(level, v -> { throw new IllegalStateException("listener bug"); }));
      assertEquals("listener bug", thrown.getMessage());
      assertTrue(pair.server().getObservationService().getObservations(pair.registration()).isEmpty(),
          "cancelled on the server: " + pair.server().getObservationService().getObservations(pair.registration()));

      // Throwing on a notification: the uncaught-exception handler of Leshan's thread hears of
      // it, and the observation goes on.
      BlockingQueue<Long> values = new LinkedBlockingQueue<>();
      BlockingQueue<Throwable> uncaught = new LinkedBlockingQueue<>();
      Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
      Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
      try (RemoteObservation observation = remote.observe(level, v -> {
        values.add(v);
        if (v == 7L) {
          throw new IllegalStateException("listener bug on 7");
        }
      })) {
        assertEquals(0L, values.poll(5, TimeUnit.SECONDS));
        call(device.implementation(), "setLevel", 7L);
        assertEquals(7L, values.poll(5, TimeUnit.SECONDS));
        Throwable reported = uncaught.poll(5, TimeUnit.SECONDS);
        assertTrue(reported != null && "listener bug on 7".equals(reported.getMessage()), "to the thread's handler: " + reported);
        call(device.implementation(), "setLevel", 8L);
        assertEquals(8L, values.poll(5, TimeUnit.SECONDS), "still observing after the listener threw");
        assertTrue(observation.isActive());
      } finally {
        Thread.setDefaultUncaughtExceptionHandler(before);
      }
    }
  }

  @Test
  void observingTheInstanceDeliversSnapshots() throws Exception {
    TypedInstanceEnabler<?> device = gen.inMemory("AllTypes", 0);
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).start()) {
      BlockingQueue<Object> snapshots = new LinkedBlockingQueue<>();
      RemoteListener<Object> listener = snapshots::add;
      try (RemoteObservation observation = (RemoteObservation) call(remote(pair, "AllTypes", 0), "observe", listener)) {
        Object first = snapshots.poll(5, TimeUnit.SECONDS);
        assertNotNull(first, "a snapshot of the current instance");
        assertTrue(gen.type("AllTypes").isInstance(first));
        assertEquals("0", String.valueOf(call(first, "getLevel")));
        call(device.implementation(), "setColour", "green");
        Object next = snapshots.poll(5, TimeUnit.SECONDS);
        assertNotNull(next, "a snapshot after the change");
        assertEquals("green", call(next, "getColour"));
        assertEquals("/26241/0", observation.path().toString());
      }
    }
  }

  /** Leshan keeps one observation per path and registration: a second one ends the first. */
  @Test
  void observingAPathAgainEndsTheEarlierObservation() throws Exception {
    TypedInstanceEnabler<?> device = gen.inMemory("AllTypes", 0);
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).start()) {
      @SuppressWarnings("unchecked")
      SingleResource<Long> level = (SingleResource<Long>) descriptor("AllTypes", "LEVEL");
      BlockingQueue<Long> first = new LinkedBlockingQueue<>();
      BlockingQueue<Long> second = new LinkedBlockingQueue<>();
      RemoteObservation a = remote(pair, "AllTypes", 0).observe(level, first::add);
      assertEquals(0L, first.poll(5, TimeUnit.SECONDS));
      try (RemoteObservation b = remote(pair, "AllTypes", 0).observe(level, second::add)) {
        assertEquals(0L, second.poll(5, TimeUnit.SECONDS));
        assertFalse(a.isActive(), "the earlier observation ended");
        assertTrue(b.isActive());
        call(device.implementation(), "setLevel", 4L);
        assertEquals(4L, second.poll(5, TimeUnit.SECONDS));
        assertNull(first.poll(500, TimeUnit.MILLISECONDS), "the ended observation hears nothing");
      }
      a.close(); // ended already: nothing
    }
  }

  /** A notification the model does not accept reaches {@code failed}, not {@code changed}. */
  @Test
  void anInvalidNotificationIsReportedAsAFailure() throws Exception {
    Object thermometer = gen.newInstance("RemoteThermometer");
    TypedInstanceEnabler<?> device = gen.enabler("TestThermometer", 0, thermometer);
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(THERMO, device).start()) {
      BlockingQueue<Object> events = new LinkedBlockingQueue<>();
      @SuppressWarnings("unchecked")
      SingleResource<Double> value = (SingleResource<Double>) descriptor("TestThermometer", "SENSOR_VALUE");
      RemoteListener<Double> listener = new RemoteListener<>() {
        @Override
        public void changed(Double v) {
          events.add(v);
        }

        @Override
        public void failed(RemoteRequestException problem) {
          events.add(problem);
        }
      };
      try (RemoteObservation observation = remote(pair, "TestThermometer", 0).observe(value, listener)) {
        assertEquals(20.5, events.poll(5, TimeUnit.SECONDS));
        thermometer.getClass().getField("value").set(thermometer, 500.0);
        device.changed(5700);
        Object event = events.poll(5, TimeUnit.SECONDS);
        RemoteRequestException problem = assertInstanceOf(RemoteRequestException.class, event);
        assertEquals(ResponseCode.CONTENT, problem.code());
        assertTrue(problem.getMessage().contains("[range]"), problem.getMessage());
        assertTrue(observation.isActive(), "an invalid notification does not end the observation");
      }
    }
  }

  // --- errors ------------------------------------------------------------------------------------

  @Test
  void aResourceTheDeviceDoesNotProvideIsResourceNotProvided() {
    TypedInstanceEnabler<?> device = gen.enabler("AllTypes", 0, gen.newInstance("MandatoryOnlyAllTypes"));
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, device).start()) {
      RemoteInstance<?> remote = remote(pair, "AllTypes", 0);
      assertEquals("mandatory", call(remote, "getLabel"));
      ResourceNotProvidedException read = assertThrows(ResourceNotProvidedException.class, () -> call(remote, "getRatio"));
      assertEquals(3, read.resourceId());
      assertTrue(read.getMessage().contains("/26241/0/3"), read.getMessage());
      assertEquals(3, assertThrows(ResourceNotProvidedException.class, () -> call(remote, "setRatio", 0.5)).resourceId());
      assertEquals(11, assertThrows(ResourceNotProvidedException.class, () -> call(remote, "trigger", (Object) null)).resourceId());
      Object snapshot = call(remote, "read");
      assertEquals(3, assertThrows(ResourceNotProvidedException.class, () -> call(snapshot, "getRatio")).resourceId());
      assertEquals(7L, call(snapshot, "getLevel"));
    }
  }

  @Test
  void otherErrorsAreRemoteRequestExceptionsWithTheirCode() {
    try (LeshanPair pair = LeshanPair.builder().models(models())
        .instances(THERMO, gen.enabler("TestThermometer", 0, gen.newInstance("FailingThermometer")),
            gen.enabler("TestThermometer", 1, gen.newInstance("OutOfRangeThermometer")))
        .start()) {
      RemoteRequestException failing = assertThrows(RemoteRequestException.class,
          () -> call(remote(pair, "TestThermometer", 0), "getSensorValue"));
      assertEquals(ResponseCode.INTERNAL_SERVER_ERROR, failing.code());
      assertEquals("/26242/0/5700", failing.path().toString());
      assertFalse(failing.timedOut());

      RemoteRequestException invalid = assertThrows(RemoteRequestException.class,
          () -> call(remote(pair, "TestThermometer", 1), "getSensorValue"));
      assertEquals(ResponseCode.CONTENT, invalid.code(), "a value the model does not accept");
      assertTrue(invalid.getMessage().contains("resource 5700 (Sensor Value)") && invalid.getMessage().contains("[range]"),
          invalid.getMessage());
      RemoteRequestException invalidInstance = assertThrows(RemoteRequestException.class,
          () -> call(remote(pair, "TestThermometer", 1), "read"));
      assertEquals(ResponseCode.CONTENT, invalidInstance.code());

      RemoteRequestException noInstance = assertThrows(RemoteRequestException.class,
          () -> call(remote(pair, "TestThermometer", 5), "read"));
      assertEquals(ResponseCode.NOT_FOUND, noInstance.code(), "a missing instance is not a missing resource");
      assertThrows(ResourceNotProvidedException.class, () -> call(remote(pair, "TestThermometer", 5), "getSensorValue"),
          "4.04 on a resource path: the device does not provide it");
    }
  }

  @Test
  void noAnswerWithinTheTimeoutIsATimedOutRemoteRequestException() {
    try (LeshanPair pair = LeshanPair.builder().models(models()).instances(ALL, gen.inMemory("AllTypes", 0)).start()) {
      RemoteInstance<?> remote = remote(pair, "AllTypes", 0);
      assertEquals(Duration.ofSeconds(5), remote.timeout());
      RemoteInstance<?> quick = remote.withTimeout(Duration.ofMillis(400));
      assertEquals(Duration.ofMillis(400), quick.timeout());
      assertEquals(Duration.ofSeconds(5), remote.timeout(), "withTimeout returns a new remote");
      assertEquals(remote.getClass(), quick.getClass(), "of the same class");
      assertEquals(0L, call(quick, "getLevel"));

      pair.client().stop(false); // no deregistration: the server still sends
      long start = System.nanoTime();
      RemoteRequestException e = assertThrows(RemoteRequestException.class, () -> call(quick, "getLevel"));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(e.timedOut(), e.toString());
      assertNull(e.code());
      assertEquals("/26241/0/1", e.path().toString());
      assertTrue(millis >= 350 && millis < 3000, "timed out after " + millis + " ms");
      assertTrue(assertThrows(RemoteRequestException.class, () -> call(quick, "setLevel", 3L)).timedOut());
      // invalid values still throw at once
      assertThrows(IllegalArgumentException.class, () -> call(quick, "setLevel", 300L));
    }
  }

  // --- the client side: Create and Write-Composite --------------------------------------------------

  static LwM2mResource[] mandatory(String label, long level) {
    return new LwM2mResource[] {
      LwM2mSingleResource.newStringResource(0, label),
      LwM2mSingleResource.newIntegerResource(1, level),
      LwM2mSingleResource.newBooleanResource(4, true),
    };
  }

  LeshanPair checkedPair() {
    return LeshanPair.builder().checked().models(models())
        .instances(ALL, gen.inMemory("AllTypes", 0), gen.inMemory("AllTypes", 1))
        .factory(ALL, gen.factory("AllTypes"))
        .start();
  }

  @Test
  void aValidCreateCreatesTheInstanceWithEveryValue() {
    try (LeshanPair pair = checkedPair()) {
      List<LwM2mResource> values = new ArrayList<>(Arrays.asList(mandatory("created", 5)));
      values.add(LwM2mSingleResource.newStringResource(15, "green"));
      values.add(LwM2mSingleResource.newBinaryResource(5, new byte[] {1, 2}));
      CreateResponse r = pair.send(new CreateRequest(ContentFormat.TLV, ALL, values));
      assertCode(ResponseCode.CREATED, r);
      assertTrue(r.getLocation().matches("/?26241/2"), r.getLocation());
      RemoteInstance<?> created = remote(pair, "AllTypes", 2);
      assertEquals("created", call(created, "getLabel"));
      assertEquals(5L, call(created, "getLevel"));
      assertEquals("green", call(created, "getColour"));
      assertArrayEquals(new byte[] {1, 2}, (byte[]) call(created, "getBlob"));

      // with instance IDs given, two at once
      CreateResponse two = pair.send(new CreateRequest(ContentFormat.SENML_CBOR, ALL,
          new LwM2mObjectInstance(7, mandatory("seven", 7)), new LwM2mObjectInstance(8, mandatory("eight", 8))));
      assertCode(ResponseCode.CREATED, two);
      assertEquals("eight", call(remote(pair, "AllTypes", 8), "getLabel"));
    }
  }

  /** {@code setClassForObject(ID, NEnabler.class)} makes a generated object too, so its Create is checked. */
  @Test
  @SuppressWarnings("unchecked")
  void aGeneratedEnablerClassGetsTheCheckedCreate() {
    ObjectModel model = gen.model("AllTypes");
    CheckedObjectsInitializer initializer = new CheckedObjectsInitializer(new StaticModel(List.of(model)));
    initializer.setClassForObject(model.id, (Class<? extends LwM2mInstanceEnabler>) gen.type("AllTypesEnabler"));
    assertTrue(initializer.create(model.id) instanceof CheckedObjectEnabler,
        "a generated enabler's class gets the checked Create");
  }

  @Test
  void aCreateWithAnInvalidValueAnswers400AndCreatesNothing() {
    try (LeshanPair pair = checkedPair()) {
      List<LwM2mResource> values = new ArrayList<>(Arrays.asList(mandatory("bad", 1000)));
      values.add(LwM2mSingleResource.newStringResource(15, "blue"));
      CreateResponse r = pair.send(new CreateRequest(ContentFormat.TLV, ALL, values));
      assertCode(ResponseCode.BAD_REQUEST, r);
      assertTrue(r.getErrorMessage().contains("resource 1 (Level)") && r.getErrorMessage().contains("[range]"), r.getErrorMessage());
      assertTrue(r.getErrorMessage().contains("resource 15 (Colour)") && r.getErrorMessage().contains("[enumeration]"),
          "every invalid value is named: " + r.getErrorMessage());
      assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 2)));

      // two instances, the second invalid: neither is created
      CreateResponse two = pair.send(new CreateRequest(ContentFormat.TLV, ALL,
          new LwM2mObjectInstance(7, mandatory("seven", 7)), new LwM2mObjectInstance(8, mandatory("eight", -11))));
      assertCode(ResponseCode.BAD_REQUEST, two);
      assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 7)));
      assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 8)));

      // a resource a server may not write
      List<LwM2mResource> readOnly = new ArrayList<>(Arrays.asList(mandatory("counter", 1)));
      readOnly.add(LwM2mSingleResource.newUnsignedIntegerResource(2, ULong.valueOf(5)));
      CreateResponse refused = pair.send(new CreateRequest(ContentFormat.TLV, ALL, readOnly));
      assertCode(ResponseCode.METHOD_NOT_ALLOWED, refused);
      assertTrue(refused.getErrorMessage().contains("resource 2"), refused.getErrorMessage());
      assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 2)));

      // then a valid one still gets the next ID
      assertCode(ResponseCode.CREATED, pair.send(new CreateRequest(ContentFormat.TLV, ALL, mandatory("good", 1))));
      assertEquals("good", call(remote(pair, "AllTypes", 2), "getLabel"));
    }
  }

  @Test
  void aValidWriteCompositeWritesEveryNode() {
    try (LeshanPair pair = checkedPair()) {
      WriteCompositeResponse r = pair.send(new WriteCompositeRequest(ContentFormat.SENML_CBOR,
          Map.of("/26241/0/1", 12L, "/26241/1/15", "green", "/26241/1/9/4", 44L)));
      assertCode(ResponseCode.CHANGED, r);
      assertEquals(12L, call(remote(pair, "AllTypes", 0), "getLevel"));
      assertEquals("green", call(remote(pair, "AllTypes", 1), "getColour"));
      assertEquals(Map.of(0, 0L, 4, 44L), call(remote(pair, "AllTypes", 1), "getSamples"));
    }
  }

  @Test
  void aWriteCompositeWithAnInvalidNodeWritesNothing() {
    try (LeshanPair pair = checkedPair()) {
      WriteCompositeResponse r = pair.send(new WriteCompositeRequest(ContentFormat.SENML_CBOR,
          Map.of("/26241/0/1", 12L, "/26241/0/15", "green", "/26241/1/1", 500L, "/26241/1/9/4", 4000L)));
      assertCode(ResponseCode.BAD_REQUEST, r);
      String message = r.getErrorMessage();
      assertTrue(message.contains("/26241/1/1") && message.contains("resource 1 (Level)") && message.contains("[range]"), message);
      assertTrue(message.contains("/26241/1/9/4") && message.contains("resource 9 (Samples)"), message);
      RemoteInstance<?> first = remote(pair, "AllTypes", 0);
      assertEquals(0L, call(first, "getLevel"), "the valid nodes are not written either");
      assertEquals("red", call(first, "getColour"));
      assertEquals(0L, call(remote(pair, "AllTypes", 1), "getLevel"));

      // a node the device does not provide refuses the whole request too
      WriteCompositeResponse missing = pair.send(new WriteCompositeRequest(ContentFormat.SENML_CBOR,
          Map.of("/26241/0/1", 13L, "/26241/5/1", 1L)));
      assertCode(ResponseCode.NOT_FOUND, missing);
      assertEquals(0L, call(first, "getLevel"));
    }
  }
}
