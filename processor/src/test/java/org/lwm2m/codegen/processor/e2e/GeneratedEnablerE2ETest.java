package org.lwm2m.codegen.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.codegen.processor.e2e.Bindings.call;
import static org.lwm2m.codegen.processor.e2e.Bindings.field;
import static org.lwm2m.codegen.processor.e2e.Bindings.leshanClass;
import static org.lwm2m.codegen.processor.e2e.Bindings.sameInstance;
import static org.lwm2m.codegen.processor.e2e.Bindings.show;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.TreeSet;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.peer.IpPeer;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.link.lwm2m.LwM2mLink;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.CreateRequest;
import org.eclipse.leshan.core.request.DiscoverRequest;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteCompositeRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.request.WriteRequest.Mode;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.response.CreateResponse;
import org.eclipse.leshan.core.response.DiscoverResponse;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteCompositeResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.LeshanModels;
import org.lwm2m.codegen.runtime.ResourceNotProvidedException;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;

/**
 * The generated enablers of the project's test objects (26241 "All Types", 26242 "Test
 * Thermometer") served by a real Leshan client and driven by a real Leshan server over CoAP on
 * the loopback interface: what a LwM2M server sees (contract, "Behaviour of a generated enabler").
 *
 * <p>The suite runs once per way of producing the bindings, one concrete subclass each: {@link
 * GeneratedEnablerFromXmlE2ETest} (the object XML, Input 1 of the contract) and {@link
 * GeneratedEnablerFromInterfacesE2ETest} (annotated interfaces equivalent to that XML, Input 2).
 * Both give the package {@value #PKG} the same classes with the same members, which the tests
 * reach through {@link Bindings}. One instance of a subclass serves all its tests (and those of
 * its {@code @Nested} classes), so the bindings are compiled once per subclass.
 *
 * <p>The groups of tests ({@link Read}, {@link Write}...) are abstract inner classes; each variant
 * declares a {@code @Nested} subclass of every group, so that test reports name the variant (an
 * inherited {@code @Nested} class would be reported under this class's name for both).
 * {@link #eachGroupOfTheSuiteRunsInThisVariant} checks that none is forgotten.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestInstance(Lifecycle.PER_CLASS)
abstract class GeneratedEnablerE2ETest {
  static final Path MODELS = Path.of("src/test/resources/models");
  static final String PKG = "com.acme.e2e";

  static final int ALL = 26241;
  /** A server as the client sees it in a request (not SYSTEM), for calling enablers directly. */
  static final LwM2mServer A_SERVER = new LwM2mServer(
      new IpPeer(new InetSocketAddress("127.0.0.1", 5683)), 123L, URI.create("coap://127.0.0.1:5683"));
  static final int THERMO = 26242;
  // All Types resources
  static final int LABEL = 0, LEVEL = 1, COUNTER = 2, RATIO = 3, ENABLED = 4, BLOB = 5, STAMP = 6, PEER = 7,
      LINKS = 8, SAMPLES = 9, MODE = 10, TRIGGER = 11, SECRET = 12, HIDDEN = 13, NAMES = 14, COLOUR = 15;
  // Test Thermometer resources
  static final int SENSOR_VALUE = 5700, MIN_VALUE = 5601, RESET = 5605, APPLICATION_TYPE = 5750;

  /** All Types with only its mandatory resources (Label, Level, Enabled). */
  static final String MANDATORY_ONLY =
      "package com.acme.e2e;\n"
          + "class MandatoryOnlyAllTypes implements AllTypes {\n"
          + "  private String label = \"mandatory\";\n"
          + "  private long level = 7;\n"
          + "  private boolean enabled = true;\n"
          + "  @Override public String getLabel() { return label; }\n"
          + "  @Override public void setLabel(String v) { label = v; }\n"
          + "  @Override public long getLevel() { return level; }\n"
          + "  @Override public void setLevel(long v) { level = v; }\n"
          + "  @Override public boolean getEnabled() { return enabled; }\n"
          + "  @Override public void setEnabled(boolean v) { enabled = v; }\n"
          + "}\n";

  /** A thermometer that records executions and whose value the test changes (then calls changed). */
  static final String RECORDING =
      "package com.acme.e2e;\n"
          + "import java.util.List;\n"
          + "import java.util.concurrent.CopyOnWriteArrayList;\n"
          + "import org.eclipse.leshan.core.request.argument.Arguments;\n"
          + "class RecordingThermometer implements TestThermometer {\n"
          + "  public final List<Arguments> executions = new CopyOnWriteArrayList<>();\n"
          + "  public volatile double value = 20.0;\n"
          + "  @Override public double getSensorValue() { return value; }\n"
          + "  @Override public void resetMinAndMaxMeasuredValues(Arguments arguments) {\n"
          + "    if (arguments.hasDigit(9)) { throw new IllegalArgumentException(\"argument 9 is not supported\"); }\n"
          + "    executions.add(arguments);\n"
          + "  }\n"
          + "}\n";

  /** A thermometer whose sensor fails. */
  static final String FAILING =
      "package com.acme.e2e;\n"
          + "class FailingThermometer implements TestThermometer {\n"
          + "  @Override public double getSensorValue() { throw new IllegalStateException(\"sensor unplugged\"); }\n"
          + "}\n";

  GeneratedCode code;
  Bindings gen;

  /**
   * Compiles, in a new folder under {@code work}, the bindings of objects 26241 and 26242 into
   * package {@value #PKG} together with {@code implementations} (sources of that package that
   * implement the interfaces {@code AllTypes} and {@code TestThermometer}).
   */
  abstract GeneratedCode compileBindings(Path work, String... implementations) throws Exception;

  @BeforeAll
  void generate(@TempDir Path work) throws Exception {
    code = compileBindings(work, MANDATORY_ONLY, RECORDING, FAILING);
    assertTrue(code.success(), code.report());
    gen = new Bindings(code, PKG);
  }

  @AfterAll
  void unload() throws Exception {
    if (code != null) {
      code.close();
    }
  }

  /** What Leshan's parser reads from the object XML of the project ({@code 26241.xml}...). */
  static ObjectModel leshansModel(int objectId) throws Exception {
    List<ObjectModel> models = LeshanModels.parseTrusting(MODELS.resolve(objectId + ".xml"));
    assertEquals(1, models.size(), objectId + ".xml");
    return models.get(0);
  }

  /** However the bindings were produced, {@code NModel.MODEL} is what Leshan reads from the XML. */
  @Test
  void generatedModelsAreTheModelsLeshanReadsFromTheObjectXml() throws Exception {
    LeshanModels.assertSameModel(leshansModel(ALL), gen.model("AllTypes"), "AllTypesModel.MODEL");
    LeshanModels.assertSameModel(leshansModel(THERMO), gen.model("TestThermometer"), "TestThermometerModel.MODEL");
  }

  /** Every group of tests (an inner class of this class) has its {@code @Nested} subclass in the variant. */
  @Test
  void eachGroupOfTheSuiteRunsInThisVariant() {
    Set<Class<?>> groups = Arrays.stream(GeneratedEnablerE2ETest.class.getDeclaredClasses())
        .filter(c -> !Modifier.isStatic(c.getModifiers()))
        .collect(Collectors.toSet());
    Set<Class<?>> run = Arrays.stream(getClass().getDeclaredClasses())
        .filter(c -> c.isAnnotationPresent(Nested.class))
        .map(Class::getSuperclass)
        .collect(Collectors.toSet());
    assertEquals(groups, run, getClass().getSimpleName() + " must declare @Nested class G extends GeneratedEnablerE2ETest.G {} for each group G");
  }

  // --- helpers -------------------------------------------------------------------------------------

  List<ObjectModel> models() {
    return List.of(gen.model("AllTypes"), gen.model("TestThermometer"));
  }

  /** A pair serving in-memory All Types instances 0 and 1 and a thermometer instance 0. */
  LeshanPair inMemoryPair(TypedInstanceEnabler<?>... allTypes) {
    TypedInstanceEnabler<?>[] all = allTypes.length > 0 ? allTypes
        : new TypedInstanceEnabler<?>[] {gen.inMemory("AllTypes", 0), gen.inMemory("AllTypes", 1)};
    return LeshanPair.builder()
        .models(models())
        .instances(ALL, all)
        .instances(THERMO, gen.inMemory("TestThermometer", 0))
        .start();
  }

  static void assertCode(ResponseCode expected, LwM2mResponse response) {
    assertEquals(expected, response.getCode(), () -> "response " + response);
  }

  static LwM2mObjectInstance readInstance(LeshanPair pair, int objectId, int instanceId) {
    ReadResponse r = pair.send(new ReadRequest(ContentFormat.TLV, objectId, instanceId));
    assertCode(ResponseCode.CONTENT, r);
    return (LwM2mObjectInstance) r.getContent();
  }

  static Object readValue(LeshanPair pair, int objectId, int instanceId, int resourceId) {
    ReadResponse r = pair.send(new ReadRequest(ContentFormat.TLV, objectId, instanceId, resourceId));
    assertCode(ResponseCode.CONTENT, r);
    return ((LwM2mSingleResource) r.getContent()).getValue();
  }

  static WriteResponse write(LeshanPair pair, int instanceId, int resourceId, Object value, Type type) {
    return pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, new LwM2mPath(ALL, instanceId, resourceId),
        LwM2mSingleResource.newResource(resourceId, value, type)));
  }

  /** Asserts a 4.00 whose message names the resource (ID and name) and the rule. */
  static void assertRejected(WriteResponse r, int resourceId, String resourceName, String rule) {
    assertCode(ResponseCode.BAD_REQUEST, r);
    String message = r.getErrorMessage();
    assertNotNull(message, "a 4.00 without a message: " + r);
    assertTrue(message.contains("resource " + resourceId), () -> "message does not name resource " + resourceId + ": " + message);
    assertTrue(message.contains(resourceName), () -> "message does not name " + resourceName + ": " + message);
    assertTrue(message.contains(rule), () -> "message does not name the rule " + rule + ": " + message);
  }

  static Link[] links(String... uris) {
    return Arrays.stream(uris).map(Link::new).toArray(Link[]::new);
  }

  /** What a model says about which resources a server may read. */
  static Set<Integer> readableIds(ObjectModel model) {
    return model.resources.values().stream().filter(r -> r.operations.isReadable()).map(r -> r.id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static void assertValueClasses(ObjectModel model, LwM2mObjectInstance instance) {
    for (LwM2mResource res : instance.getResources().values()) {
      ResourceModel rm = model.resources.get(res.getId());
      assertNotNull(rm, "unknown resource in " + instance);
      assertValueClass(rm, res);
    }
  }

  static void assertValueClass(ResourceModel rm, LwM2mResource res) {
    Class<?> expected = leshanClass(rm.type);
    assertEquals(rm.multiple, res.isMultiInstances(), "shape of resource " + rm.id);
    assertEquals(rm.type, res.getType(), "type of resource " + rm.id);
    if (res.isMultiInstances()) {
      for (LwM2mResourceInstance ri : res.getInstances().values()) {
        assertInstanceOf(expected, ri.getValue(), "resource " + rm.id + "/" + ri.getId());
      }
    } else {
      assertInstanceOf(expected, res.getValue(), "resource " + rm.id);
    }
  }

  // --- read ------------------------------------------------------------------------------------------

  static Stream<ArgumentSet> formats() {
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.argumentSet("TLV", ContentFormat.TLV),
        org.junit.jupiter.params.provider.Arguments.argumentSet("SenML JSON", ContentFormat.SENML_JSON),
        org.junit.jupiter.params.provider.Arguments.argumentSet("SenML CBOR", ContentFormat.SENML_CBOR));
  }

  /** A group of the suite: each variant runs it as its own {@code @Nested} subclass. */
  abstract class Read {
    @ParameterizedTest
    @MethodSource("org.lwm2m.codegen.processor.e2e.GeneratedEnablerE2ETest#formats")
    void instanceHoldsEveryReadableResourceWithLeshansValueClass(ContentFormat format) {
      try (LeshanPair pair = inMemoryPair()) {
        ReadResponse r = pair.send(new ReadRequest(format, ALL, 0));
        assertCode(ResponseCode.CONTENT, r);
        LwM2mObjectInstance instance = assertInstanceOf(LwM2mObjectInstance.class, r.getContent());
        ObjectModel model = gen.model("AllTypes");
        assertEquals(readableIds(model), new TreeSet<>(instance.getResources().keySet()),
            "resources of the instance read (E, W-only and no-operation resources are not readable)");
        assertValueClasses(model, instance);
        assertEquals(Set.of(), Set.copyOf(gen.descriptor("AllTypes").validate(instance)), "the generated validator finds problems in what was read");
      }
    }

    @Test
    void initialInMemoryValuesAreTheDocumentedOnes() {
      try (LeshanPair pair = inMemoryPair()) {
        LwM2mObjectInstance i = readInstance(pair, ALL, 0);
        assertEquals("", i.getResource(LABEL).getValue());
        assertEquals(0L, i.getResource(LEVEL).getValue());
        assertEquals(ULong.valueOf(0), i.getResource(COUNTER).getValue());
        assertEquals(0.0, i.getResource(RATIO).getValue());
        assertEquals(false, i.getResource(ENABLED).getValue());
        assertArrayEquals(new byte[0], (byte[]) i.getResource(BLOB).getValue());
        assertEquals(new Date(0), i.getResource(STAMP).getValue());
        assertEquals(new ObjectLink(), i.getResource(PEER).getValue());
        assertArrayEquals(new Link[0], (Link[]) i.getResource(LINKS).getValue());
        assertEquals(Map.of(0, 0L), values(i.getResource(SAMPLES)));
        assertEquals(1L, i.getResource(MODE).getValue(), "first value of the enumeration 1,2,4");
        assertEquals(Map.of(0, ""), values(i.getResource(NAMES)));
        assertEquals("red", i.getResource(COLOUR).getValue(), "first value of the enumeration");
        assertEquals(0.0, readValue(pair, THERMO, 0, SENSOR_VALUE));
      }
    }

    @ParameterizedTest
    @MethodSource("org.lwm2m.codegen.processor.e2e.GeneratedEnablerE2ETest#formats")
    void eachReadableResourceReadsWithLeshansValueClass(ContentFormat format) {
      try (LeshanPair pair = inMemoryPair()) {
        ObjectModel model = gen.model("AllTypes");
        for (int id : readableIds(model)) {
          ReadResponse r = pair.send(new ReadRequest(format, ALL, 1, id));
          assertCode(ResponseCode.CONTENT, r);
          LwM2mResource res = assertInstanceOf(LwM2mResource.class, r.getContent(), "read of /" + ALL + "/1/" + id);
          assertEquals(id, res.getId());
          assertValueClass(model.resources.get(id), res);
        }
      }
    }

    @Test
    void resourceInstancesOfMultipleResources() {
      try (LeshanPair pair = inMemoryPair()) {
        ReadResponse r = pair.send(new ReadRequest(ContentFormat.TLV, ALL, 0, SAMPLES, 0));
        assertCode(ResponseCode.CONTENT, r);
        LwM2mResourceInstance ri = assertInstanceOf(LwM2mResourceInstance.class, r.getContent());
        assertEquals(0, ri.getId());
        assertInstanceOf(Long.class, ri.getValue());

        r = pair.send(new ReadRequest(ContentFormat.SENML_CBOR, ALL, 0, NAMES, 0));
        assertCode(ResponseCode.CONTENT, r);
        assertInstanceOf(String.class, ((LwM2mResourceInstance) r.getContent()).getValue());

        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ContentFormat.TLV, ALL, 0, SAMPLES, 42)));
      }
    }

    @Test
    void unknownResourceAndInstanceAreNotFound() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 0, 99)));
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 5)));
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 5, LABEL)));
      }
    }

    @Test
    void writeOnlyExecutableAndNoOperationResourcesAreNotReadable() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, pair.send(new ReadRequest(ALL, 0, SECRET)));
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, pair.send(new ReadRequest(ALL, 0, TRIGGER)));
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, pair.send(new ReadRequest(ALL, 0, HIDDEN)));
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, pair.send(new ReadRequest(THERMO, 0, RESET)));
      }
    }

    @Test
    void anImplementationFailureIsAnInternalServerErrorNamingTheResource() {
      Object failing = gen.newInstance("FailingThermometer");
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(THERMO, gen.enabler("TestThermometer", 0, failing)).start()) {
        ReadResponse r = pair.send(new ReadRequest(THERMO, 0, SENSOR_VALUE));
        assertCode(ResponseCode.INTERNAL_SERVER_ERROR, r);
        assertTrue(r.getErrorMessage().contains("resource 5700"), r.getErrorMessage());
        assertCode(ResponseCode.INTERNAL_SERVER_ERROR, pair.send(new ReadRequest(THERMO, 0)));
      }
    }
  }

  static Map<Integer, Object> values(LwM2mResource multiple) {
    return multiple.getInstances().values().stream()
        .collect(Collectors.toMap(LwM2mResourceInstance::getId, LwM2mResourceInstance::getValue));
  }

  // --- optional resources the implementation does not provide --------------------------------------

  /** A group of the suite: each variant runs it as its own {@code @Nested} subclass. */
  abstract class MissingOptionalResources {
    static final Set<Integer> MANDATORY = Set.of(LABEL, LEVEL, ENABLED);

    @Test
    void aCompiledImplementationOfTheMandatoryResourcesOnly() {
      Object impl = gen.newInstance("MandatoryOnlyAllTypes");
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(ALL, gen.enabler("AllTypes", 0, impl)).start()) {
        LwM2mObjectInstance instance = readInstance(pair, ALL, 0);
        assertEquals(MANDATORY, instance.getResources().keySet());
        assertEquals("mandatory", instance.getResource(LABEL).getValue());

        for (int id : List.of(COUNTER, RATIO, BLOB, STAMP, PEER, LINKS, SAMPLES, MODE, NAMES, COLOUR)) {
          assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 0, id)));
        }
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 0, SAMPLES, 0)));
        assertCode(ResponseCode.NOT_FOUND, write(pair, 0, RATIO, 0.5, Type.FLOAT));
        assertCode(ResponseCode.NOT_FOUND, write(pair, 0, SECRET, "s", Type.STRING));
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ExecuteRequest(ALL, 0, TRIGGER)));

        // the mandatory ones work
        assertCode(ResponseCode.CHANGED, write(pair, 0, LEVEL, 55L, Type.INTEGER));
        assertEquals(55L, readValue(pair, ALL, 0, LEVEL));
      }
    }

    @Test
    void discoverListsOnlyTheProvidedResources() {
      Object impl = gen.newInstance("MandatoryOnlyAllTypes");
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(ALL, gen.enabler("AllTypes", 0, impl)).start()) {
        DiscoverResponse r = pair.send(new DiscoverRequest(ALL, 0));
        assertCode(ResponseCode.CONTENT, r);
        Set<Integer> discovered = new TreeSet<>();
        for (LwM2mLink l : r.getObjectLinks()) {
          if (l.getPath().isResource()) {
            discovered.add(l.getPath().getResourceId());
          }
        }
        assertEquals(new TreeSet<>(MANDATORY), discovered);
      }
    }

    @Test
    void aProxyImplementationDecliningOptionalResources() {
      Class<?> iface = gen.type("AllTypes");
      Map<String, Object> state = new ConcurrentHashMap<>(Map.of("Label", "proxy", "Level", 3L, "Enabled", true));
      InvocationHandler handler = (proxy, method, args) -> {
        String name = method.getName();
        switch (name) {
          case "getLabel": case "getLevel": case "getEnabled":
            return state.get(name.substring(3));
          case "setLabel": case "setLevel": case "setEnabled":
            state.put(name.substring(3), args[0]);
            return null;
          case "hashCode":
            return System.identityHashCode(proxy);
          case "equals":
            return proxy == args[0];
          case "toString":
            return "proxy";
          default:
            if (method.isDefault()) {
              return InvocationHandler.invokeDefault(proxy, method, args); // throws ResourceNotProvidedException
            }
            throw new UnsupportedOperationException(name);
        }
      };
      Object impl = Proxy.newProxyInstance(code.loader(), new Class<?>[] {iface}, handler);
      InvocationTargetException declined = assertThrows(InvocationTargetException.class,
          () -> iface.getMethod("getRatio").invoke(impl));
      assertInstanceOf(ResourceNotProvidedException.class, declined.getCause());
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(ALL, gen.enabler("AllTypes", 0, impl)).start()) {
        LwM2mObjectInstance instance = readInstance(pair, ALL, 0);
        assertEquals(MANDATORY, instance.getResources().keySet());
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 0, RATIO)));
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 0, COLOUR)));
        assertCode(ResponseCode.CHANGED, write(pair, 0, LABEL, "via proxy", Type.STRING));
        assertEquals("via proxy", readValue(pair, ALL, 0, LABEL));
      }
    }
  }

  // --- write -----------------------------------------------------------------------------------------

  /** A group of the suite: each variant runs it as its own {@code @Nested} subclass. */
  abstract class Write {
    /**
     * Simple resources are checked inline by the generated enabler, the rest by the runtime. Both
     * must decide as the descriptor does: every value it accepts is written (2.04), every other is
     * refused with exactly its message (4.00). Values of every Leshan type, at and beyond bounds.
     */
    @Test
    void everyWriteDecidesAsTheDescriptorChecks() {
      TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
      Object[] values = {
        0L, 1L, -1L, -10L, -11L, 100L, 101L, Long.MIN_VALUE, Long.MAX_VALUE, 0.0, -0.0, 0.5, 1.0, 1.0000001, -1e-300,
        Double.NaN, Double.POSITIVE_INFINITY, "", "green", "sixteen bytes!!!", "seventeen bytes!!", true, false,
        new byte[0], new byte[4], ULong.valueOf(0), new ObjectLink(3, 0), new Date(0L),
      };
      int checked = 0;
      for (var d : enabler.descriptor().resources()) {
        if (!d.writable() || d.multiple()) {
          continue;
        }
        for (Object value : values) {
          LwM2mSingleResource node = LwM2mSingleResource.newResource(d.id(), value, typeOf(value));
          String problem = d.check(node);
          WriteResponse r = enabler.write(A_SERVER, false, d.id(), node);
          String what = d + " <- " + show(value);
          if (problem == null) {
            assertCode(ResponseCode.CHANGED, r);
            if (d.readable()) {
              assertTrue(Bindings.sameValue(value, ((LwM2mResource) enabler.read(A_SERVER, d.id()).getContent()).getValue()), what);
            }
          } else {
            assertEquals(ResponseCode.BAD_REQUEST, r.getCode(), what);
            assertEquals(problem, r.getErrorMessage(), what);
          }
          checked++;
        }
      }
      assertTrue(checked > 200, checked + " writes checked");
    }

    Type typeOf(Object value) {
      return value instanceof Long ? Type.INTEGER : value instanceof Double ? Type.FLOAT
          : value instanceof String ? Type.STRING : value instanceof Boolean ? Type.BOOLEAN
          : value instanceof byte[] ? Type.OPAQUE : value instanceof ULong ? Type.UNSIGNED_INTEGER
          : value instanceof ObjectLink ? Type.OBJLNK : Type.TIME;
    }

    @Test
    void validValuesOfEveryTypeAreAppliedAndReadBack() {
      try (LeshanPair pair = inMemoryPair()) {
        Date stamp = new Date(1_700_000_000_000L);
        Link[] links = links("/3/0", "/26241/1");
        Object[][] cases = {
            {LABEL, "hello", Type.STRING},
            {LABEL, "sixteen bytes!!!", Type.STRING},
            {LEVEL, 42L, Type.INTEGER},
            {LEVEL, -10L, Type.INTEGER},
            {LEVEL, 100L, Type.INTEGER},
            {RATIO, 0.25, Type.FLOAT},
            {RATIO, 1.0, Type.FLOAT},
            {ENABLED, true, Type.BOOLEAN},
            {BLOB, new byte[] {1, 2, 3, 4}, Type.OPAQUE},
            {STAMP, stamp, Type.TIME},
            {PEER, new ObjectLink(3, 0), Type.OBJLNK},
            {LINKS, links, Type.CORELINK},
            {MODE, 4L, Type.INTEGER},
            {COLOUR, "green", Type.STRING},
        };
        for (Object[] c : cases) {
          int id = (Integer) c[0];
          WriteResponse r = write(pair, 0, id, c[1], (Type) c[2]);
          assertCode(ResponseCode.CHANGED, r);
          Object read = readValue(pair, ALL, 0, id);
          assertTrue(Bindings.sameValue(c[1], read), "resource " + id + ": wrote " + show(c[1]) + ", read " + show(read));
        }
        // the other instance is untouched
        assertEquals("", readValue(pair, ALL, 1, LABEL));
      }
    }

    @Test
    void writeOnlyResourceReachesTheImplementation() {
      TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
      try (LeshanPair pair = inMemoryPair(enabler)) {
        assertCode(ResponseCode.CHANGED, write(pair, 0, SECRET, "s3cret", Type.STRING));
        assertEquals("s3cret", call(enabler.implementation(), "getSecret"));
      }
    }

    @Test
    void multipleResourceReplaceUpdateAndResourceInstance() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.CHANGED,
            pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, SAMPLES, Map.of(0, 5L, 1, 6L), Type.INTEGER)));
        assertEquals(Map.of(0, 5L, 1, 6L), readMulti(pair, SAMPLES));

        // partial update adds/overwrites instances and keeps the others
        assertCode(ResponseCode.CHANGED,
            pair.send(new WriteRequest(Mode.UPDATE, ContentFormat.TLV, ALL, 0, SAMPLES, Map.of(1, 60L, 2, 7L), Type.INTEGER)));
        assertEquals(Map.of(0, 5L, 1, 60L, 2, 7L), readMulti(pair, SAMPLES));

        // replace replaces all instances
        assertCode(ResponseCode.CHANGED,
            pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, SAMPLES, Map.of(3, 1000L), Type.INTEGER)));
        assertEquals(Map.of(3, 1000L), readMulti(pair, SAMPLES));

        // one resource instance
        assertCode(ResponseCode.CHANGED,
            pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, SAMPLES, 3, 999L, Type.INTEGER)));
        assertEquals(Map.of(3, 999L), readMulti(pair, SAMPLES));
      }
    }

    @Test
    void outOfRangeEnumerationAndLengthAreRejectedNamingResourceAndRule() {
      try (LeshanPair pair = inMemoryPair()) {
        LwM2mObjectInstance before = readInstance(pair, ALL, 0);

        assertRejected(write(pair, 0, LEVEL, 101L, Type.INTEGER), LEVEL, "Level", "range");
        assertRejected(write(pair, 0, LEVEL, -11L, Type.INTEGER), LEVEL, "Level", "range");
        assertRejected(write(pair, 0, RATIO, 1.5, Type.FLOAT), RATIO, "Ratio", "range");
        assertRejected(write(pair, 0, RATIO, -0.001, Type.FLOAT), RATIO, "Ratio", "range");
        assertRejected(write(pair, 0, RATIO, Double.NaN, Type.FLOAT), RATIO, "Ratio", "range");
        assertRejected(write(pair, 0, MODE, 3L, Type.INTEGER), MODE, "Mode", "enumeration");
        assertRejected(write(pair, 0, COLOUR, "blue", Type.STRING), COLOUR, "Colour", "enumeration");
        assertRejected(write(pair, 0, COLOUR, "Red", Type.STRING), COLOUR, "Colour", "enumeration");
        assertRejected(write(pair, 0, LABEL, "seventeen bytes!!", Type.STRING), LABEL, "Label", "length");
        // 9 characters, 18 bytes in UTF-8: lengths are in bytes
        assertRejected(write(pair, 0, LABEL, "ééééééééé", Type.STRING), LABEL, "Label", "length");
        assertRejected(write(pair, 0, BLOB, new byte[5], Type.OPAQUE), BLOB, "Blob", "length");
        WriteResponse multi = pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, SAMPLES, Map.of(0, 1L, 1, 1001L), Type.INTEGER));
        assertRejected(multi, SAMPLES, "Samples", "range");
        WriteResponse single = pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, SAMPLES, 0, -1L, Type.INTEGER));
        assertRejected(single, SAMPLES, "Samples", "range");

        LwM2mObjectInstance after = readInstance(pair, ALL, 0);
        assertTrue(sameInstance(before, after), () -> "rejected writes changed the instance:\nbefore " + before + "\nafter  " + after);
      }
    }

    @Test
    void replaceOfAWholeInstanceWithOneInvalidValueChangesNothing() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.CHANGED, write(pair, 0, COLOUR, "green", Type.STRING));
        LwM2mObjectInstance before = readInstance(pair, ALL, 0);

        WriteResponse r = pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, ALL, 0,
            LwM2mSingleResource.newStringResource(LABEL, "new label"),
            LwM2mSingleResource.newIntegerResource(LEVEL, 50),
            LwM2mSingleResource.newBooleanResource(ENABLED, true),
            LwM2mSingleResource.newFloatResource(RATIO, 0.75),
            LwM2mSingleResource.newIntegerResource(MODE, 3))); // not in 1,2,4
        assertRejected(r, MODE, "Mode", "enumeration");

        LwM2mObjectInstance after = readInstance(pair, ALL, 0);
        assertTrue(sameInstance(before, after), () -> "a rejected replace changed the instance:\nbefore " + before + "\nafter  " + after);
        assertEquals("green", after.getResource(COLOUR).getValue(), "a rejected replace must not reset resources it leaves out");
      }
    }

    @Test
    void partialUpdateWithTwoInvalidValuesNamesBothAndChangesNothing() {
      try (LeshanPair pair = inMemoryPair()) {
        LwM2mObjectInstance before = readInstance(pair, ALL, 0);
        WriteResponse r = pair.send(new WriteRequest(Mode.UPDATE, ContentFormat.TLV, ALL, 0,
            LwM2mSingleResource.newStringResource(LABEL, "ok"),
            LwM2mSingleResource.newIntegerResource(LEVEL, 500),
            LwM2mSingleResource.newStringResource(COLOUR, "blue")));
        assertRejected(r, LEVEL, "Level", "range");
        assertRejected(r, COLOUR, "Colour", "enumeration");
        LwM2mObjectInstance after = readInstance(pair, ALL, 0);
        assertTrue(sameInstance(before, after), () -> "a rejected update changed the instance:\nbefore " + before + "\nafter  " + after);
      }
    }

    @Test
    void validReplaceAppliesAndResetsTheWritableResourcesLeftOut() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.CHANGED, write(pair, 0, COLOUR, "green", Type.STRING));
        assertCode(ResponseCode.CHANGED, write(pair, 0, MODE, 4L, Type.INTEGER));
        WriteResponse r = pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, ALL, 0,
            LwM2mSingleResource.newStringResource(LABEL, "replaced"),
            LwM2mSingleResource.newIntegerResource(LEVEL, 9),
            LwM2mSingleResource.newBooleanResource(ENABLED, true),
            LwM2mSingleResource.newIntegerResource(MODE, 2)));
        assertCode(ResponseCode.CHANGED, r);
        LwM2mObjectInstance after = readInstance(pair, ALL, 0);
        assertEquals("replaced", after.getResource(LABEL).getValue());
        assertEquals(9L, after.getResource(LEVEL).getValue());
        assertEquals(true, after.getResource(ENABLED).getValue());
        assertEquals(2L, after.getResource(MODE).getValue());
        assertEquals("red", after.getResource(COLOUR).getValue(), "a writable resource left out of a replace is reset");
      }
    }

    @Test
    void validPartialUpdateAppliesOnlyWhatItCarries() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.CHANGED, write(pair, 0, COLOUR, "green", Type.STRING));
        WriteResponse r = pair.send(new WriteRequest(Mode.UPDATE, ContentFormat.SENML_CBOR, ALL, 0,
            LwM2mSingleResource.newIntegerResource(LEVEL, 77),
            LwM2mSingleResource.newBinaryResource(BLOB, new byte[] {9})));
        assertCode(ResponseCode.CHANGED, r);
        LwM2mObjectInstance after = readInstance(pair, ALL, 0);
        assertEquals(77L, after.getResource(LEVEL).getValue());
        assertArrayEquals(new byte[] {9}, (byte[]) after.getResource(BLOB).getValue());
        assertEquals("green", after.getResource(COLOUR).getValue());
      }
    }

    /**
     * Write-Composite: the client's root enabler hands each node to the object as a partial
     * update, so the generated checks apply. (Leshan applies the nodes one after the other: a
     * composite is not atomic across nodes; only the rejected node is asserted unchanged.)
     */
    @Test
    void compositeWriteChecksEveryNode() {
      try (LeshanPair pair = inMemoryPair()) {
        WriteCompositeResponse ok = pair.send(new WriteCompositeRequest(
            ContentFormat.SENML_CBOR, Map.of("/26241/0/1", 12L, "/26241/1/15", "green")));
        assertCode(ResponseCode.CHANGED, ok);
        assertEquals(12L, readValue(pair, ALL, 0, LEVEL));
        assertEquals("green", readValue(pair, ALL, 1, COLOUR));

        WriteCompositeResponse bad = pair.send(new WriteCompositeRequest(
            ContentFormat.SENML_CBOR, Map.of("/26241/0/1", 500L)));
        assertCode(ResponseCode.BAD_REQUEST, bad);
        assertTrue(bad.getErrorMessage() != null && bad.getErrorMessage().contains("resource 1") && bad.getErrorMessage().contains("range"),
            () -> "message " + bad.getErrorMessage());
        assertEquals(12L, readValue(pair, ALL, 0, LEVEL));
      }
    }

    @Test
    void readOnlyExecutableAndNoOperationResourcesAreNotWritable() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, write(pair, 0, COUNTER, ULong.valueOf(5), Type.UNSIGNED_INTEGER));
        assertCode(ResponseCode.METHOD_NOT_ALLOWED,
            pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, NAMES, Map.of(0, "x"), Type.STRING)));
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, write(pair, 0, HIDDEN, "x", Type.STRING));
        assertCode(ResponseCode.METHOD_NOT_ALLOWED,
            pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, new LwM2mPath(THERMO, 0, SENSOR_VALUE),
                LwM2mSingleResource.newFloatResource(SENSOR_VALUE, 1.0))));
        // an instance write carrying a read-only resource
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, pair.send(new WriteRequest(Mode.UPDATE, ContentFormat.TLV, ALL, 0,
            LwM2mSingleResource.newIntegerResource(LEVEL, 1),
            LwM2mSingleResource.newUnsignedIntegerResource(COUNTER, ULong.valueOf(1)))));
        assertEquals(0L, readValue(pair, ALL, 0, LEVEL));
        assertEquals(ULong.valueOf(0), readValue(pair, ALL, 0, COUNTER));
      }
    }
  }

  static Map<Integer, Object> readMulti(LeshanPair pair, int resourceId) {
    ReadResponse r = pair.send(new ReadRequest(ContentFormat.TLV, ALL, 0, resourceId));
    assertCode(ResponseCode.CONTENT, r);
    return values((LwM2mResource) r.getContent());
  }

  // --- execute -----------------------------------------------------------------------------------------

  /** A group of the suite: each variant runs it as its own {@code @Nested} subclass. */
  abstract class Execute {
    @Test
    void callsTheImplementationWithTheArguments() throws Exception {
      Object impl = gen.newInstance("RecordingThermometer");
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(THERMO, gen.enabler("TestThermometer", 0, impl)).start()) {
        assertCode(ResponseCode.CHANGED, pair.send(new ExecuteRequest(THERMO, 0, RESET, "0='abc',3")));
        assertCode(ResponseCode.CHANGED, pair.send(new ExecuteRequest(THERMO, 0, RESET)));
        @SuppressWarnings("unchecked")
        List<Arguments> calls = (List<Arguments>) field(impl, "executions");
        assertEquals(List.of(Arguments.parse("0='abc',3"), Arguments.emptyArguments()), calls);
      }
    }

    @Test
    void anArgumentTheImplementationRefusesIsABadRequest() {
      Object impl = gen.newInstance("RecordingThermometer");
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(THERMO, gen.enabler("TestThermometer", 0, impl)).start()) {
        ExecuteResponse r = pair.send(new ExecuteRequest(THERMO, 0, RESET, "9"));
        assertCode(ResponseCode.BAD_REQUEST, r);
        assertTrue(r.getErrorMessage().contains("resource 5605") && r.getErrorMessage().contains("argument 9"), r.getErrorMessage());
      }
    }

    @Test
    void inMemoryExecutableDoesNothingAndSucceeds() {
      try (LeshanPair pair = inMemoryPair()) {
        assertCode(ResponseCode.CHANGED, pair.send(new ExecuteRequest(ALL, 0, TRIGGER, "1")));
        assertCode(ResponseCode.CHANGED, pair.send(new ExecuteRequest(THERMO, 0, RESET)));
      }
    }

    @Test
    void nonExecutableResourcesAreMethodNotAllowed() {
      try (LeshanPair pair = inMemoryPair()) {
        for (int id : List.of(LABEL, COUNTER, SAMPLES, SECRET, HIDDEN)) {
          assertCode(ResponseCode.METHOD_NOT_ALLOWED, pair.send(new ExecuteRequest(ALL, 0, id)));
        }
        assertCode(ResponseCode.METHOD_NOT_ALLOWED, pair.send(new ExecuteRequest(THERMO, 0, SENSOR_VALUE)));
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ExecuteRequest(ALL, 0, 99)));
      }
    }
  }

  // --- observe -----------------------------------------------------------------------------------------

  static Observation observe(LeshanPair pair, ObserveRequest request, Object expectedFirstValue) {
    ObserveResponse first = pair.send(request);
    assertCode(ResponseCode.CONTENT, first);
    if (expectedFirstValue != null) {
      assertEquals(expectedFirstValue, ((LwM2mSingleResource) first.getContent()).getValue());
    }
    assertNotNull(first.getObservation(), "no observation established: " + first);
    return first.getObservation();
  }

  static boolean holds(ObserveResponse r, Object value) {
    LwM2mNode node = r.getContent();
    return r.getCode() == ResponseCode.CONTENT && node instanceof LwM2mSingleResource
        && Bindings.sameValue(value, ((LwM2mSingleResource) node).getValue());
  }

  /** A group of the suite: each variant runs it as its own {@code @Nested} subclass. */
  abstract class Observe {
    @Test
    void inMemorySetterNotifiesObservers() {
      TypedInstanceEnabler<?> thermo = gen.inMemory("TestThermometer", 0);
      try (LeshanPair pair = LeshanPair.builder().models(models()).instances(THERMO, thermo).start()) {
        Observation obs = observe(pair, new ObserveRequest(THERMO, 0, SENSOR_VALUE), 0.0);
        call(thermo.implementation(), "setSensorValue", 21.5);
        pair.awaitNotification(obs, r -> holds(r, 21.5), LeshanPair.TIMEOUT_MS);
        call(thermo.implementation(), "setSensorValue", -3.25);
        pair.awaitNotification(obs, r -> holds(r, -3.25), LeshanPair.TIMEOUT_MS);
      }
    }

    @Test
    void inMemorySetterRejectsInvalidValuesLikeAServerWrite() {
      TypedInstanceEnabler<?> thermo = gen.inMemory("TestThermometer", 0);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> call(thermo.implementation(), "setSensorValue", 200.0));
      assertTrue(e.getMessage().contains("resource 5700") && e.getMessage().contains("range"), e.getMessage());
      assertEquals(0.0, call(thermo.implementation(), "getSensorValue"));
    }

    @Test
    void changedNotifiesObserversOfAUserImplementation() {
      Object impl = gen.newInstance("RecordingThermometer");
      TypedInstanceEnabler<?> enabler = gen.enabler("TestThermometer", 0, impl);
      try (LeshanPair pair = LeshanPair.builder().models(models()).instances(THERMO, enabler).start()) {
        Observation obs = observe(pair, new ObserveRequest(THERMO, 0, SENSOR_VALUE), 20.0);
        setField(impl, "value", 22.75);
        enabler.changed(SENSOR_VALUE);
        pair.awaitNotification(obs, r -> holds(r, 22.75), LeshanPair.TIMEOUT_MS);
      }
    }

    @Test
    void aSuccessfulServerWriteNotifies() {
      try (LeshanPair pair = inMemoryPair()) {
        Observation obs = observe(pair, new ObserveRequest(ALL, 0, LABEL), "");
        assertCode(ResponseCode.CHANGED, write(pair, 0, LABEL, "observed", Type.STRING));
        pair.awaitNotification(obs, r -> holds(r, "observed"), LeshanPair.TIMEOUT_MS);
      }
    }

    /**
     * Observers of one instance of a multiple resource (/26241/0/9/0) must hear of a successful
     * write to it. Leshan's client only notifies an observation whose path the changed path starts
     * with; the runtime fires /26241/0/9 only, so an observer of /26241/0/9/0 never hears (Leshan's
     * own SimpleInstanceEnabler also fires the changed resource-instance paths).
     */
    @Test
    void aResourceInstanceObservationSeesAServerWriteOfThatInstance() {
      try (LeshanPair pair = inMemoryPair()) {
        Observation obs = observeSampleZero(pair);
        assertCode(ResponseCode.CHANGED, pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, SAMPLES, 0, 42L, Type.INTEGER)));
        pair.awaitNotification(obs, r -> instanceHolds(r, 42L), 5_000);
      }
    }

    /** The same, for a change made by device code (InMemory setter of the multiple resource). */
    @Test
    void aResourceInstanceObservationSeesADeviceChangeOfThatInstance() {
      TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
      try (LeshanPair pair = inMemoryPair(enabler)) {
        Observation obs = observeSampleZero(pair);
        call(enabler.implementation(), "setSamples", Map.of(0, 43L));
        pair.awaitNotification(obs, r -> instanceHolds(r, 43L), 5_000);
      }
    }

    /**
     * An in-memory enabler reuses its last whole-instance read until something changes: a device
     * setter, a server write and a reset must each show in the next read.
     */
    @Test
    void aCachedWholeInstanceReadShowsEveryChange() {
      TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
      assertEquals("", labelIn(enabler.read(A_SERVER)));
      call(enabler.implementation(), "setLabel", "from the device");
      assertEquals("from the device", labelIn(enabler.read(A_SERVER)));
      assertCode(ResponseCode.CHANGED, enabler.write(A_SERVER, false, LABEL, LwM2mSingleResource.newStringResource(LABEL, "from a server")));
      assertEquals("from a server", labelIn(enabler.read(A_SERVER)));
      enabler.reset(LABEL);
      assertEquals("", labelIn(enabler.read(A_SERVER)));
    }

    /**
     * A device thread changing a value while reads build and cache the instance: once it stops,
     * the next read must show its last value. A read that raced with a change and kept its stale
     * node would show an earlier one.
     */
    @Test
    void aReadRacingWithADeviceChangeIsNotKept() throws Exception {
      TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
      ExecutorService device = Executors.newSingleThreadExecutor();
      try {
        for (int round = 0; round < 200; round++) {
          String prefix = "r" + round + "c";
          String last = prefix + 49;
          Future<?> changes = device.submit(() -> {
            for (int i = 0; i < 50; i++) {
              call(enabler.implementation(), "setLabel", prefix + i);
            }
          });
          while (!changes.isDone()) {
            enabler.read(A_SERVER);
          }
          changes.get();
          assertEquals(last, labelIn(enabler.read(A_SERVER)), "round " + round);
        }
      } finally {
        device.shutdownNow();
      }
    }

    String labelIn(ReadResponse r) {
      assertCode(ResponseCode.CONTENT, r);
      return (String) ((LwM2mObjectInstance) r.getContent()).getResource(LABEL).getValue();
    }

    Observation observeSampleZero(LeshanPair pair) {
      ObserveResponse first = pair.send(new ObserveRequest(ContentFormat.TLV, ALL, 0, SAMPLES, 0));
      assertCode(ResponseCode.CONTENT, first);
      assertEquals(0L, ((LwM2mResourceInstance) first.getContent()).getValue());
      return first.getObservation();
    }

    boolean instanceHolds(ObserveResponse r, long value) {
      return r.getContent() instanceof LwM2mResourceInstance
          && Long.valueOf(value).equals(((LwM2mResourceInstance) r.getContent()).getValue());
    }

    /** Observers of a whole multiple resource see a resource-instance write. */
    @Test
    void aMultipleResourceObservationSeesResourceInstanceWrites() {
      try (LeshanPair pair = inMemoryPair()) {
        ObserveResponse first = pair.send(new ObserveRequest(ContentFormat.TLV, ALL, 0, SAMPLES));
        assertCode(ResponseCode.CONTENT, first);
        Observation obs = first.getObservation();
        assertCode(ResponseCode.CHANGED, pair.send(new WriteRequest(ContentFormat.TLV, ALL, 0, SAMPLES, 0, 44L, Type.INTEGER)));
        pair.awaitNotification(obs, r -> r.getContent() instanceof LwM2mResource
            && Map.of(0, 44L).equals(values((LwM2mResource) r.getContent())), LeshanPair.TIMEOUT_MS);
      }
    }

    /**
     * Defect 6: a second enabler over one InMemory took its change listener, so the first kept
     * serving its cached read and its observers were never told. The second is refused.
     */
    @Test
    void oneInMemoryServesOneEnablerOnly() {
      TypedInstanceEnabler<?> first = gen.inMemory("AllTypes", 0);
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> gen.enabler("AllTypes", 1, first.implementation()));
      assertTrue(e.getMessage().contains("object " + ALL) && e.getMessage().contains("instance 0")
          && e.getMessage().contains("instance 1"), e.getMessage());
      call(first.implementation(), "setLabel", "still served");
      assertEquals("still served", labelIn(first.read(A_SERVER)));
    }

    /** A server's write and a device change each notify the resource's observers exactly once. */
    @Test
    void aWriteAndADeviceChangeNotifyOnce() {
      TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
      List<LwM2mPath> fired = new ArrayList<>();
      enabler.addResourceListener(paths -> fired.addAll(List.of(paths)));
      assertCode(ResponseCode.CHANGED,
          enabler.write(A_SERVER, false, LABEL, LwM2mSingleResource.newStringResource(LABEL, "from a server")));
      assertEquals(List.of(new LwM2mPath(ALL, 0, LABEL)), fired);
      fired.clear();
      call(enabler.implementation(), "setLabel", "from the device");
      assertEquals(List.of(new LwM2mPath(ALL, 0, LABEL)), fired);
    }

    @Test
    void anInstanceObservationSeesDeviceChanges() {
      TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
      try (LeshanPair pair = inMemoryPair(enabler)) {
        ObserveResponse first = pair.send(new ObserveRequest(ContentFormat.TLV, ALL, 0));
        assertCode(ResponseCode.CONTENT, first);
        Observation obs = first.getObservation();
        call(enabler.implementation(), "setLevel", 33L);
        pair.awaitNotification(obs, r -> r.getContent() instanceof LwM2mObjectInstance
            && Long.valueOf(33L).equals(((LwM2mObjectInstance) r.getContent()).getResource(LEVEL).getValue()), LeshanPair.TIMEOUT_MS);
      }
    }
  }

  static void setField(Object target, String name, Object value) {
    try {
      Field f = target.getClass().getField(name);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // --- create ------------------------------------------------------------------------------------------

  /** A group of the suite: each variant runs it as its own {@code @Nested} subclass. */
  abstract class Create {
    LwM2mResource[] mandatory(String label) {
      return new LwM2mResource[] {
          LwM2mSingleResource.newStringResource(LABEL, label),
          LwM2mSingleResource.newIntegerResource(LEVEL, 5),
          LwM2mSingleResource.newBooleanResource(ENABLED, true)};
    }

    @Test
    void createWithTheGeneratedFactory() {
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(ALL, gen.inMemory("AllTypes", 0))
          .factory(ALL, gen.factory("AllTypes"))
          .start()) {
        CreateResponse r = pair.send(new CreateRequest(ContentFormat.TLV, ALL, mandatory("created")));
        assertCode(ResponseCode.CREATED, r);
        assertTrue(r.getLocation().matches("/?" + ALL + "/1"), "location " + r.getLocation());
        LwM2mObjectInstance created = readInstance(pair, ALL, 1);
        assertEquals("created", created.getResource(LABEL).getValue());
        assertEquals(5L, created.getResource(LEVEL).getValue());
        assertEquals(true, created.getResource(ENABLED).getValue());
        assertEquals("red", created.getResource(COLOUR).getValue(), "optional resources keep their initial values");
        assertEquals(readableIds(gen.model("AllTypes")), created.getResources().keySet());

        // the new instance is a full enabler: checked writes and all
        assertRejected(write(pair, 1, LEVEL, 1000L, Type.INTEGER), LEVEL, "Level", "range");
        assertCode(ResponseCode.CHANGED, write(pair, 1, LEVEL, 6L, Type.INTEGER));
        assertEquals(6L, readValue(pair, ALL, 1, LEVEL));
        assertEquals(0L, readValue(pair, ALL, 0, LEVEL));
      }
    }

    @Test
    void createWithAGivenInstanceIdAndTheFactoryFoundFromTheNoArgumentConstructor() {
      // no factory: Leshan uses the enabler's public no-argument constructor
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(ALL, gen.inMemory("AllTypes", 0)).start()) {
        CreateResponse r = pair.send(new CreateRequest(ContentFormat.TLV, ALL, new LwM2mObjectInstance(7, mandatory("seven"))));
        assertCode(ResponseCode.CREATED, r);
        assertEquals("seven", readValue(pair, ALL, 7, LABEL));
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 1)));
      }
    }

    @Test
    void createWithoutTheMandatoryResourcesIsABadRequest() {
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(ALL, gen.inMemory("AllTypes", 0))
          .factory(ALL, gen.factory("AllTypes")).start()) {
        CreateResponse r = pair.send(new CreateRequest(ContentFormat.TLV, ALL, LwM2mSingleResource.newStringResource(LABEL, "x")));
        assertCode(ResponseCode.BAD_REQUEST, r);
        assertCode(ResponseCode.NOT_FOUND, pair.send(new ReadRequest(ALL, 1)));
      }
    }

    /**
     * Leshan's Create ignores what the new instance's writes answer; the invalid value must at
     * least never reach the new instance.
     */
    @Test
    void anInvalidValueInACreateNeverReachesTheNewInstance() {
      try (LeshanPair pair = LeshanPair.builder().models(models())
          .instances(ALL, gen.inMemory("AllTypes", 0))
          .factory(ALL, gen.factory("AllTypes")).start()) {
        LwM2mResource[] resources = mandatory("bad");
        resources[1] = LwM2mSingleResource.newIntegerResource(LEVEL, 1000); // out of -10..100
        CreateResponse r = pair.send(new CreateRequest(ContentFormat.TLV, ALL, resources));
        if (r.getCode() == ResponseCode.CREATED) {
          long level = (Long) readValue(pair, ALL, 1, LEVEL);
          assertTrue(level >= -10 && level <= 100, "created instance holds an invalid level " + level);
          System.out.println("[e2e] Create with an out-of-range value answered " + r.getCode() + " (instance created, value dropped)");
        } else {
          assertCode(ResponseCode.BAD_REQUEST, r);
        }
      }
    }
  }

  // --- concurrency -------------------------------------------------------------------------------------

  static ExecutorService daemonPool(int threads) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "e2e-load");
      t.setDaemon(true); // a thread stuck in a deadlock must not keep the JVM alive
      return t;
    });
  }

  /** One server request of a mixed load; returns what was unexpected, or null. */
  String serverOperation(LeshanPair pair, int thread, int i) {
    int instance = i % 2;
    LwM2mResponse r;
    ResponseCode expected;
    switch ((i + thread) % 5) {
      case 0:
        r = pair.send(new ReadRequest(ContentFormat.TLV, ALL, instance), 5_000);
        expected = ResponseCode.CONTENT;
        if (r.getCode() == expected) {
          List<String> problems = gen.descriptor("AllTypes").validate((LwM2mObjectInstance) ((ReadResponse) r).getContent());
          if (!problems.isEmpty()) {
            return "invalid instance read: " + problems;
          }
        }
        break;
      case 1:
        r = pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, new LwM2mPath(ALL, instance, LEVEL),
            LwM2mSingleResource.newIntegerResource(LEVEL, i % 100)), 5_000);
        expected = ResponseCode.CHANGED;
        break;
      case 2:
        r = pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, new LwM2mPath(ALL, instance, LEVEL),
            LwM2mSingleResource.newIntegerResource(LEVEL, 1000 + i)), 5_000);
        expected = ResponseCode.BAD_REQUEST;
        break;
      case 3:
        r = pair.send(new WriteRequest(Mode.UPDATE, ContentFormat.TLV, ALL, instance,
            LwM2mSingleResource.newStringResource(LABEL, "t" + thread + "-" + i),
            LwM2mSingleResource.newIntegerResource(MODE, i % 2 == 0 ? 2 : 4)), 5_000);
        expected = ResponseCode.CHANGED;
        break;
      default:
        r = pair.send(new ReadRequest(ContentFormat.SENML_CBOR, ALL, instance, SAMPLES), 5_000);
        expected = ResponseCode.CONTENT;
        break;
    }
    return r.getCode() == expected ? null : "expected " + expected + ", got " + r;
  }

  /** Runs {@code tasks} at once, each a bounded loop; fails on the first task failure or timeout. */
  static void runAll(List<Callable<Void>> tasks) throws Exception {
    ExecutorService pool = daemonPool(tasks.size());
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (Callable<Void> t : tasks) {
        futures.add(pool.submit(t));
      }
      for (Future<Void> f : futures) {
        try {
          f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof AssertionError) {
            throw (AssertionError) e.getCause();
          }
          throw e;
        } catch (TimeoutException e) {
          throw new AssertionError("a load thread did not finish within 60 s (stuck)", e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Server requests from several threads at once, with an observer of the resource they write. */
  @Test
  void concurrentServerRequestsGiveOnlyExpectedResponses() throws Exception {
    TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
    try (LeshanPair pair = inMemoryPair(enabler, gen.inMemory("AllTypes", 1))) {
      Observation obs = observe(pair, new ObserveRequest(ALL, 0, LEVEL), 0L);
      List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        tasks.add(() -> {
          for (int i = 0; i < 60; i++) {
            String problem = serverOperation(pair, thread, i);
            if (problem != null) {
              unexpected.add(problem);
            }
          }
          return null;
        });
      }
      runAll(tasks);
      assertEquals(List.of(), unexpected);

      // quiescent: server, implementation and observers agree
      Object impl = enabler.implementation();
      assertEquals(call(impl, "getLevel"), readValue(pair, ALL, 0, LEVEL));
      assertCode(ResponseCode.CHANGED, write(pair, 0, LEVEL, 55L, Type.INTEGER));
      pair.awaitNotification(obs, r -> holds(r, 55L), LeshanPair.TIMEOUT_MS);
      for (int instance = 0; instance < 2; instance++) {
        assertEquals(List.of(), gen.descriptor("AllTypes").validate(readInstance(pair, ALL, instance)));
      }
    }
  }

  /**
   * Device code changing values (InMemory setters, {@code changed}) on its own threads while the
   * server writes and observes the same object: the contract's "safe under concurrent requests" and
   * {@code TypedInstanceEnabler.changed}'s "safe to call from any thread".
   *
   * <p>Fails today (see the report): the device thread's change notification takes Californium's
   * {@code CoapResource} lock, then waits for Leshan's {@code ObjectEnabler} monitor inside the
   * notification's observe; a server write on a CoAP thread holds that monitor and waits for the
   * same {@code CoapResource} lock when its transaction ends. The client deadlocks; every later
   * request to that object times out.
   */
  @Test
  void deviceChangesWhileTheServerWritesAnObservedObjectDoNotDeadlock() throws Exception {
    TypedInstanceEnabler<?> enabler = gen.inMemory("AllTypes", 0);
    Object impl = enabler.implementation();
    try (LeshanPair pair = inMemoryPair(enabler, gen.inMemory("AllTypes", 1))) {
      Observation obs = observe(pair, new ObserveRequest(ALL, 0, LEVEL), 0L);
      List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean serverDone = new AtomicBoolean();
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        int thread = t;
        tasks.add(() -> {
          try {
            for (int i = 0; i < 150; i++) {
              String problem = serverOperation(pair, thread, i);
              if (problem != null) {
                unexpected.add(problem);
              }
            }
          } finally {
            serverDone.set(true);
          }
          return null;
        });
      }
      for (int t = 0; t < 2; t++) {
        int thread = t;
        tasks.add(() -> {
          for (int i = 0; i < 5_000 && !serverDone.get(); i++) {
            call(impl, "setLevel", (long) ((i * 7 + thread) % 100));
            call(impl, "setSamples", Map.of(0, (long) (i % 1000), 1, (long) thread));
            if (i % 10 == 0) {
              enabler.changed(LABEL, LEVEL);
            }
          }
          return null;
        });
      }
      runAll(tasks);
      assertEquals(List.of(), unexpected);

      long last = (Long) call(impl, "getLevel");
      assertEquals(last, readValue(pair, ALL, 0, LEVEL));
      long next = last == 99L ? 98L : 99L;
      call(impl, "setLevel", next);
      pair.awaitNotification(obs, r -> holds(r, next), LeshanPair.TIMEOUT_MS);
    }
  }

  /** The enablers are Leshan instance enablers carrying their ID and the generated model. */
  @Test
  void generatedEnablersAreLeshanInstanceEnablers() {
    TypedInstanceEnabler<?> e = gen.inMemory("TestThermometer", 3);
    assertInstanceOf(LwM2mInstanceEnabler.class, e);
    assertEquals(3, e.getId());
    assertTrue(e.getModel() == gen.model("TestThermometer"), "the enabler's model is the generated MODEL");
    assertEquals(THERMO, gen.id("TestThermometer"));
    assertEquals(ALL, gen.id("AllTypes"));
  }
}
