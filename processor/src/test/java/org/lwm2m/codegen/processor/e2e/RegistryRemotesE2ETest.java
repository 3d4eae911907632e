package org.lwm2m.codegen.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.codegen.processor.e2e.Bindings.call;
import static org.lwm2m.codegen.processor.e2e.Bindings.callStatic;
import static org.lwm2m.codegen.processor.e2e.Bindings.show;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.leshan.core.model.ResourceModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.model.BindingPlanner;
import org.lwm2m.codegen.processor.model.ObjectBinding;
import org.lwm2m.codegen.processor.model.ResourceBinding;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.Registry;
import org.lwm2m.codegen.runtime.ResourceDescriptor;
import org.lwm2m.codegen.runtime.ResourceNotProvidedException;
import org.lwm2m.codegen.runtime.SingleResource;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;
import org.lwm2m.codegen.runtime.remote.RemoteInstance;
import org.lwm2m.codegen.runtime.remote.RemoteObservation;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.ReadResult;

/**
 * The generated {@code NRemote} of real registry objects, chosen as {@link RegistryObjectsE2ETest}
 * chooses them (by rule, at least a dozen, covering every type and shape), each served by an
 * in-memory instance behind a request counter on a real Leshan client: every getter of the remote
 * and of its snapshot equals the device's value; each setter, given the device's current value,
 * writes it (one request each); a value outside a numeric range throws before anything is sent;
 * every executable resource executes; observing a resource delivers its value and cancels.
 *
 * <p>The member names come from {@link BindingPlanner}, exactly as the processor allocates them.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RegistryRemotesE2ETest {
  static final String PKG = "org.acme.remotes";

  @TempDir static Path work;
  static GeneratedCode code;
  static Bindings gen;
  static List<ObjectBinding> bindings;
  static LeshanPair pair;
  static final Map<Integer, CountingEnabler> counted = new LinkedHashMap<>();
  static final Map<Integer, TypedInstanceEnabler<?>> devices = new LinkedHashMap<>();

  @BeforeAll
  static void generateAndStart() throws Exception {
    Path objects = Registry.folder().resolve("objects"); // skips the class when the registry is absent
    List<RegistryObjectsE2ETest.Candidate> selected = RegistryObjectsE2ETest.select(RegistryObjectsE2ETest.accepted(objects));
    List<String> entries = selected.stream().map(RegistryObjectsE2ETest.Candidate::name).collect(Collectors.toList());
    code = GeneratedCode.compile(work.resolve("all"), objects, PKG, entries, List.of());
    if (!code.success()) {
      // leave out the files the processor refuses (RegistryObjectsE2ETest reports them)
      code.close();
      List<String> kept = new ArrayList<>();
      for (String entry : entries) {
        try (GeneratedCode one = GeneratedCode.compile(work.resolve("one-" + entry), objects, PKG, List.of(entry), List.of())) {
          if (one.success()) {
            kept.add(entry);
          }
        }
      }
      entries = kept;
      code = GeneratedCode.compile(work.resolve("kept"), objects, PKG, entries, List.of());
    }
    assertTrue(code.success(), code.report());
    List<ObjectDefinition> definitions = new ArrayList<>();
    for (String entry : entries) {
      ReadResult read = new ObjectDefinitionReader().read(objects.resolve(entry));
      assertTrue(!read.hasErrors(), read.problems().toString());
      definitions.addAll(read.objects());
    }
    gen = new Bindings(code, PKG);
    bindings = new BindingPlanner().plan(PKG, definitions);
    System.out.println("[registry-remote] " + bindings.size() + " objects: "
        + bindings.stream().map(b -> b.definition().objectId() + " " + b.name()).collect(Collectors.joining(", ")));

    LeshanPair.Builder builder = LeshanPair.builder();
    for (ObjectBinding b : bindings) {
      int id = b.definition().objectId();
      TypedInstanceEnabler<?> device = gen.inMemory(b.name(), 0);
      CountingEnabler counting = new CountingEnabler(device);
      devices.put(id, device);
      counted.put(id, counting);
      builder.model(gen.model(b.name())).instances(id, counting.enabler()).factory(id, gen.factory(b.name()));
    }
    pair = builder.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (pair != null) {
      pair.close();
    }
    if (code != null) {
      code.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> aDozenObjects() {
    return Stream.of(DynamicTest.dynamicTest("at least 12 registry objects", () ->
        assertTrue(bindings.size() >= 12, "only " + bindings.size() + " objects")));
  }

  @TestFactory
  Stream<DynamicTest> eachObjectThroughItsRemote() {
    return bindings.stream().map(b -> DynamicTest.dynamicTest(b.definition().objectId() + " " + b.name(), () -> exercise(b)));
  }

  void exercise(ObjectBinding b) throws Exception {
    int id = b.definition().objectId();
    Object device = devices.get(id).implementation();
    CountingEnabler counting = counted.get(id);
    RemoteInstance<?> remote = (RemoteInstance<?>) callStatic(gen.type(b.remoteName()), "of", pair.server(), pair.registration(), 0);
    Object snapshot = call(remote, "read");
    List<String> problems = new ArrayList<>();
    int reads = 0;
    int writes = 0;
    int rejected = 0;
    int executed = 0;

    for (ResourceBinding r : b.resources()) {
      ResourceDescriptor d = gen.descriptor(b.name()).resource(r.id());
      if (r.hasGetter()) {
        Object expected = RemoteE2ETest.get(gen.type(b.name()).getMethod(r.getter()), device);
        for (Object view : List.of(remote, snapshot)) {
          Object actual = RemoteE2ETest.get(gen.type(b.name()).getMethod(r.getter()), view);
          boolean ok = d.readable()
              ? RemoteE2ETest.same(expected, actual)
              : actual instanceof UnsupportedOperationException && !(actual instanceof ResourceNotProvidedException);
          if (!ok) {
            problems.add(r.getter() + " on " + (view == remote ? "the remote" : "the snapshot") + ": device " + show(expected)
                + ", got " + show(actual));
          }
        }
        reads++;
      }
      if (r.hasSetter()) {
        Object current = call(device, r.getter()); // InMemory has a getter for every value, write-only ones too
        int before = counting.count("write");
        try {
          call(remote, r.setter(), current);
          writes++;
        } catch (RuntimeException e) {
          problems.add(r.setter() + "(" + show(current) + "): " + e);
        }
        if (counting.count("write") != before + 1) {
          problems.add(r.setter() + ": " + (counting.count("write") - before) + " writes reached the device");
        }
        Object bad = RegistryObjectsE2ETest.outOfRange(d.model());
        if (bad != null) {
          int beforeBad = counting.count("write");
          try {
            call(remote, r.setter(), bad);
            problems.add(r.setter() + "(" + bad + ") outside \"" + d.model().rangeEnumeration + "\" was accepted");
          } catch (IllegalArgumentException e) {
            if (!e.getMessage().contains(d.label()) || !e.getMessage().contains("[range]")) {
              problems.add(r.setter() + "(" + bad + "): " + e.getMessage());
            }
            rejected++;
          }
          if (counting.count("write") != beforeBad) {
            problems.add(r.setter() + "(" + bad + ") reached the device");
          }
        }
      }
      if (r.executable()) {
        try {
          call(remote, r.executeMethod(), r.executeTakesArguments() ? new Object[] {null} : new Object[0]);
          executed++;
        } catch (RuntimeException e) {
          problems.add(r.executeMethod() + ": " + e);
        }
      }
    }

    // observe the first readable single resource: its current value, then cancel
    for (ResourceBinding r : b.resources()) {
      ResourceDescriptor d = gen.descriptor(b.name()).resource(r.id());
      ResourceModel m = d.model();
      if (d instanceof SingleResource && m.operations.isReadable()) {
        BlockingQueue<Object> values = new LinkedBlockingQueue<>();
        @SuppressWarnings("unchecked")
        SingleResource<Object> single = (SingleResource<Object>) d;
        try (RemoteObservation observation = remote.observe(single, values::add)) {
          Object first = values.poll(5, TimeUnit.SECONDS);
          Object expected = call(device, r.getter());
          if (!RemoteE2ETest.same(expected instanceof java.util.Date ? ((java.util.Date) expected).toInstant() : expected, first)) {
            problems.add("observe " + d.label() + ": first value " + show(first) + ", device " + show(expected));
          }
        }
        break;
      }
    }
    assertTrue(pair.server().getObservationService().getObservations(pair.registration()).isEmpty(), "observations left");

    System.out.printf("[registry-remote] %5d %-36s %d getters x2, %d writes, %d out-of-range rejected before sending, %d executes%s%n",
        id, b.name(), reads, writes, rejected, executed, problems.isEmpty() ? "" : ", " + problems.size() + " PROBLEMS");
    assertEquals(List.of(), problems, "object " + id + " (" + b.name() + ")");
  }
}
