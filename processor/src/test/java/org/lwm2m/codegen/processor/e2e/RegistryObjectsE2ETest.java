package org.lwm2m.codegen.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.request.WriteRequest.Mode;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.Registry;
import org.lwm2m.codegen.runtime.ObjectDescriptor;
import org.lwm2m.codegen.runtime.ResourceDescriptor;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;

/**
 * Real registry objects, chosen by rule (never by ID: the hidden part of the registry differs),
 * generated into one package, served by in-memory enablers on a real Leshan client and driven
 * by a real Leshan server.
 *
 * <p>Selection: the object files of {@code objects/}, sorted by object ID, whose object Leshan's
 * validating loader accepts and that Leshan does not already define by default (0-7, 21); of
 * those, for each {@link Kind}, the first {@value #PER_KIND} files that have it; then the first
 * other accepted files until there are {@value #MINIMUM}. {@code -De2e.registry.all=true} takes
 * every accepted file instead (slower; for hunting problems by hand).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RegistryObjectsE2ETest {
  static final int PER_KIND = 2;
  static final int MINIMUM = 14;
  static final String PKG = "org.acme.registry";

  /** What the selection must cover. */
  enum Kind {
    MULTIPLE_RESOURCE(r -> r.multiple),
    OPAQUE(r -> r.type == Type.OPAQUE),
    TIME(r -> r.type == Type.TIME),
    OBJLNK(r -> r.type == Type.OBJLNK),
    CORELNK(r -> r.type == Type.CORELINK),
    UNSIGNED_INTEGER(r -> r.type == Type.UNSIGNED_INTEGER),
    WRITABLE_NUMERIC_RANGE(r -> outOfRange(r) != null);

    final Predicate<ResourceModel> has;

    Kind(Predicate<ResourceModel> has) {
      this.has = has;
    }

    boolean in(ObjectModel m) {
      return m.resources.values().stream().anyMatch(has);
    }
  }

  /** One accepted registry file and Leshan's model of it. */
  static final class Candidate {
    final Path file;
    final ObjectModel leshanModel;

    Candidate(Path file, ObjectModel leshanModel) {
      this.file = file;
      this.leshanModel = leshanModel;
    }

    String name() {
      return file.getFileName().toString();
    }
  }

  @TempDir static Path work;
  static GeneratedCode code;
  static Bindings gen;
  static List<Candidate> selected;
  /** Object ID -> generated base name. */
  static Map<Integer, String> names;
  /** Selected files the processor refused although Leshan accepts them. */
  static List<String> refused = new ArrayList<>();
  static LeshanPair pair;
  static Map<Integer, TypedInstanceEnabler<?>> enablers = new LinkedHashMap<>();

  @BeforeAll
  static void generateAndStart() throws Exception {
    Path objects = Registry.folder().resolve("objects"); // skips the class when the registry is absent
    selected = select(accepted(objects));
    System.out.println("[registry] selected " + selected.size() + " objects: "
        + selected.stream().map(Candidate::name).collect(Collectors.joining(" ")));
    for (Kind k : Kind.values()) {
      List<String> with = selected.stream().filter(c -> k.in(c.leshanModel)).map(Candidate::name).collect(Collectors.toList());
      System.out.println("[registry]   " + k + ": " + with);
    }

    List<String> entries = selected.stream().map(Candidate::name).collect(Collectors.toList());
    code = GeneratedCode.compile(work.resolve("all"), objects, PKG, entries, List.of());
    if (!code.success()) {
      // find the files the processor refuses, one by one, and go on without them
      code.close();
      List<String> kept = new ArrayList<>();
      for (String entry : entries) {
        try (GeneratedCode one = GeneratedCode.compile(work.resolve("one-" + entry), objects, PKG, List.of(entry), List.of())) {
          if (one.success()) {
            kept.add(entry);
          } else {
            refused.add(entry + ": " + one.messages(javax.tools.Diagnostic.Kind.ERROR));
          }
        }
      }
      selected.removeIf(c -> !kept.contains(c.name()));
      code = GeneratedCode.compile(work.resolve("kept"), objects, PKG, kept, List.of());
      assertTrue(code.success(), code.report());
    }
    gen = new Bindings(code, PKG);
    names = generatedNames();

    LeshanPair.Builder builder = LeshanPair.builder();
    for (Candidate c : selected) {
      String name = names.get(c.leshanModel.id);
      assertNotNull(name, "no generated model for object " + c.leshanModel.id);
      TypedInstanceEnabler<?> enabler = gen.inMemory(name, 0);
      enablers.put(c.leshanModel.id, enabler);
      builder.model(gen.model(name)).instances(c.leshanModel.id, enabler);
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

  // --- selection ---------------------------------------------------------------------------------------

  /** Object files Leshan's validating loader accepts, sorted by object ID, minus Leshan's defaults. */
  static List<Candidate> accepted(Path objects) throws IOException {
    Set<Integer> defaults = ObjectLoader.loadDefault().stream().map(m -> m.id).collect(Collectors.toSet());
    List<Path> files;
    try (Stream<Path> s = Files.list(objects)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).collect(Collectors.toList());
    }
    List<Candidate> result = new ArrayList<>();
    for (Path f : files) {
      List<ObjectModel> models;
      try (InputStream in = Files.newInputStream(f)) {
        models = ObjectLoader.loadDdfFile(in, f.getFileName().toString(), true);
      } catch (Exception e) { // InvalidDDFFileException, InvalidModelException, and Leshan's UnknownFormatConversionException
        continue;
      }
      if (models.size() == 1 && !defaults.contains(models.get(0).id)) {
        result.add(new Candidate(f, models.get(0)));
      }
    }
    result.sort(Comparator.comparingInt((Candidate c) -> c.leshanModel.id).thenComparing(Candidate::name));
    return result;
  }

  static List<Candidate> select(List<Candidate> accepted) {
    if (Boolean.getBoolean("e2e.registry.all")) { // by hand: every accepted object
      return new ArrayList<>(accepted);
    }
    Set<Candidate> chosen = new LinkedHashSet<>();
    Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
    for (Kind k : Kind.values()) {
      for (Candidate c : accepted) {
        if (counts.getOrDefault(k, 0) >= PER_KIND) {
          break;
        }
        if (k.in(c.leshanModel)) {
          chosen.add(c);
          counts.merge(k, 1, Integer::sum);
        }
      }
    }
    for (Candidate c : accepted) {
      if (chosen.size() >= MINIMUM) {
        break;
      }
      chosen.add(c);
    }
    List<Candidate> list = new ArrayList<>(chosen);
    list.sort(Comparator.comparingInt(c -> c.leshanModel.id));
    return list;
  }

  /** Object ID -> generated base name N, found from the generated NModel classes. */
  static Map<Integer, String> generatedNames() throws Exception {
    Map<Integer, String> result = new LinkedHashMap<>();
    for (Path p : code.generatedSources()) {
      String file = p.getFileName().toString();
      if (!file.endsWith("Model.java")) {
        continue;
      }
      String simple = file.substring(0, file.length() - ".java".length());
      Class<?> type = gen.type(simple);
      try {
        Object model = type.getField("MODEL").get(null);
        if (model instanceof ObjectModel) {
          result.put(((ObjectModel) model).id, simple.substring(0, simple.length() - "Model".length()));
        }
      } catch (NoSuchFieldException e) {
        // an interface whose object name ends in "Model"
      }
    }
    return result;
  }

  // --- out-of-range values ----------------------------------------------------------------------------

  private static final Pattern RANGE = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\.\\.\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");
  private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /**
   * A Leshan value just outside the plain {@code a..b} range of a writable single numeric
   * resource, or null when the resource has none (or no value outside it fits the type).
   */
  static Object outOfRange(ResourceModel r) {
    if (r.multiple || r.operations == null || !r.operations.isWritable() || r.rangeEnumeration == null) {
      return null;
    }
    Matcher m = RANGE.matcher(r.rangeEnumeration);
    if (!m.matches()) {
      return null;
    }
    BigDecimal min = new BigDecimal(m.group(1));
    BigDecimal max = new BigDecimal(m.group(2));
    if (min.compareTo(max) > 0) {
      return null;
    }
    switch (r.type) {
      case INTEGER: {
        BigInteger above = max.setScale(0, java.math.RoundingMode.FLOOR).toBigInteger().add(BigInteger.ONE);
        if (above.bitLength() < 64) {
          return above.longValue();
        }
        BigInteger below = min.setScale(0, java.math.RoundingMode.CEILING).toBigInteger().subtract(BigInteger.ONE);
        return below.bitLength() < 64 ? below.longValue() : null;
      }
      case UNSIGNED_INTEGER: {
        BigInteger above = max.setScale(0, java.math.RoundingMode.FLOOR).toBigInteger().add(BigInteger.ONE);
        return above.signum() >= 0 && above.compareTo(ULONG_MAX) <= 0 ? ULong.valueOf(above.toString()) : null;
      }
      case FLOAT:
        return max.add(BigDecimal.ONE).doubleValue();
      default:
        return null;
    }
  }

  // --- the tests ------------------------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> selectionCoversEveryKind() {
    return Stream.of(Kind.values()).map(k -> DynamicTest.dynamicTest(k.toString(), () ->
        assertTrue(selected.stream().anyMatch(c -> k.in(c.leshanModel)),
            "no selected object has " + k + " (none accepted in this registry?)")));
  }

  @TestFactory
  Stream<DynamicTest> processorAcceptsWhatLeshanAccepts() {
    return Stream.of(DynamicTest.dynamicTest("selected objects all generated", () -> {
      assertEquals(List.of(), refused, "objects Leshan's validating loader accepts but the processor refuses");
      assertTrue(selected.size() >= 12, "only " + selected.size() + " objects tested");
    }));
  }

  @TestFactory
  Stream<DynamicTest> eachObject() {
    return selected.stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.leshanModel.name + ")", () -> exercise(c)));
  }

  void exercise(Candidate c) {
    int id = c.leshanModel.id;
    String name = names.get(id);
    ObjectModel model = gen.model(name);
    ObjectDescriptor descriptor = gen.descriptor(name);
    List<String> problems = new ArrayList<>();

    // Read the whole instance, in two formats
    LwM2mObjectInstance instance = null;
    for (ContentFormat format : List.of(ContentFormat.TLV, ContentFormat.SENML_CBOR)) {
      ReadResponse r = pair.send(new ReadRequest(format, id, 0));
      if (r.getCode() != ResponseCode.CONTENT) {
        problems.add("read /" + id + "/0 as " + format.getName() + ": " + r);
        continue;
      }
      LwM2mObjectInstance read = assertInstanceOf(LwM2mObjectInstance.class, r.getContent());
      Set<Integer> readable = model.resources.values().stream().filter(rm -> rm.operations.isReadable()).map(rm -> rm.id)
          .collect(Collectors.toCollection(TreeSet::new));
      if (!readable.equals(new TreeSet<>(read.getResources().keySet()))) {
        problems.add("read /" + id + "/0 as " + format.getName() + ": resources " + new TreeSet<>(read.getResources().keySet())
            + ", readable by model " + readable);
      }
      for (LwM2mResource res : read.getResources().values()) {
        ResourceModel rm = model.resources.get(res.getId());
        String bad = valueClassProblem(rm, res);
        if (bad != null) {
          problems.add(format.getName() + ": " + bad);
        }
      }
      List<String> invalid = descriptor.validate(read);
      if (!invalid.isEmpty()) {
        problems.add("the in-memory initial values are invalid by the generated validator: " + invalid);
      }
      if (instance == null) {
        instance = read;
      }
    }

    // Write every writable resource with its current value
    int written = 0;
    int writeOnly = 0;
    for (ResourceModel rm : model.resources.values()) {
      if (!rm.operations.isWritable()) {
        continue;
      }
      LwM2mResource current;
      if (rm.operations.isReadable()) {
        current = instance == null ? null : instance.getResource(rm.id);
        if (current == null) {
          problems.add("no current value of writable resource " + rm.id);
          continue;
        }
      } else {
        // write-only: a server cannot know the current value; write one the generated check accepts
        Object value = plausible(descriptor.resource(rm.id));
        if (value == null) {
          System.out.println("[registry]   no value found for write-only resource " + id + "/" + rm.id + " (" + rm.rangeEnumeration + ")");
          continue;
        }
        current = rm.multiple
            ? new org.eclipse.leshan.core.node.LwM2mMultipleResource(rm.id, rm.type, LwM2mResourceInstance.newInstance(0, value, rm.type))
            : LwM2mSingleResource.newResource(rm.id, value, rm.type);
        writeOnly++;
      }
      WriteResponse w = pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, new LwM2mPath(id, 0, rm.id), current));
      if (w.getCode() != ResponseCode.CHANGED) {
        problems.add("write of the current value " + current + " to /" + id + "/0/" + rm.id + ": " + w);
      } else {
        written++;
      }
    }

    // Write a value outside the numeric range
    int rejected = 0;
    for (ResourceModel rm : model.resources.values()) {
      Object bad = outOfRange(rm);
      if (bad == null) {
        continue;
      }
      ResourceDescriptor d = descriptor.resource(rm.id);
      if (d.checkValue(bad) == null) {
        problems.add("the generated check of resource " + rm.id + " (range \"" + rm.rangeEnumeration + "\") accepts " + bad);
      }
      Object before = singleValue(id, rm.id);
      WriteResponse w = pair.send(new WriteRequest(Mode.REPLACE, ContentFormat.TLV, new LwM2mPath(id, 0, rm.id),
          LwM2mSingleResource.newResource(rm.id, bad, rm.type)));
      String message = w.getErrorMessage() == null ? "" : w.getErrorMessage();
      if (w.getCode() != ResponseCode.BAD_REQUEST || !message.contains("range") || !message.contains("resource " + rm.id)) {
        problems.add("write of " + bad + " outside \"" + rm.rangeEnumeration + "\" to /" + id + "/0/" + rm.id + ": " + w);
      } else {
        rejected++;
      }
      Object after = singleValue(id, rm.id);
      if (before != null && !Bindings.sameValue(before, after)) {
        problems.add("rejected write changed /" + id + "/0/" + rm.id + " from " + Bindings.show(before) + " to " + Bindings.show(after));
      }
    }

    System.out.printf("[registry] %5d %-40s v%s: %d resources, read %s, %d writes 2.04 (%d write-only), %d out-of-range writes 4.00%s%n",
        id, model.name, model.version, model.resources.size(),
        instance == null ? "FAILED" : instance.getResources().size() + " values", written, writeOnly, rejected,
        problems.isEmpty() ? "" : ", " + problems.size() + " PROBLEMS");
    assertEquals(List.of(), problems, "object " + id + " (" + model.name + ")");
  }

  /** A simple value of the resource's type that its generated check accepts, or null. */
  static Object plausible(ResourceDescriptor d) {
    Matcher n = Pattern.compile("\\d+").matcher(d.model().rangeEnumeration == null ? "" : d.model().rangeEnumeration);
    int first = n.find() && n.group().length() < 6 ? Integer.parseInt(n.group()) : 0;
    List<Object> candidates;
    switch (d.model().type) {
      case STRING:
        candidates = List.of("", "x", "x".repeat(first));
        break;
      case INTEGER:
        candidates = List.of(0L, 1L, (long) first);
        break;
      case UNSIGNED_INTEGER:
        candidates = List.of(ULong.valueOf(0), ULong.valueOf(1), ULong.valueOf(first));
        break;
      case FLOAT:
        candidates = List.of(0.0, 1.0, (double) first);
        break;
      case BOOLEAN:
        candidates = List.of(false);
        break;
      case OPAQUE:
        candidates = List.of(new byte[0], new byte[1], new byte[first]);
        break;
      case TIME:
        candidates = List.of(new java.util.Date(0));
        break;
      case OBJLNK:
        candidates = List.of(new org.eclipse.leshan.core.node.ObjectLink());
        break;
      case CORELINK:
        candidates = List.of((Object) new org.eclipse.leshan.core.link.Link[0]);
        break;
      default:
        return null;
    }
    return candidates.stream().filter(v -> d.checkValue(v) == null).findFirst().orElse(null);
  }

  /** The value of a readable single resource (null for write-only ones). */
  static Object singleValue(int objectId, int resourceId) {
    ReadResponse r = pair.send(new ReadRequest(ContentFormat.TLV, objectId, 0, resourceId));
    if (r.getCode() == ResponseCode.METHOD_NOT_ALLOWED) {
      return null;
    }
    assertEquals(ResponseCode.CONTENT, r.getCode(), () -> "read /" + objectId + "/0/" + resourceId + ": " + r);
    return ((LwM2mSingleResource) r.getContent()).getValue();
  }

  static String valueClassProblem(ResourceModel rm, LwM2mResource res) {
    if (rm == null) {
      return "resource " + res.getId() + " is not in the model";
    }
    if (rm.multiple != res.isMultiInstances()) {
      return "resource " + rm.id + " multiple=" + rm.multiple + " but read " + res;
    }
    Class<?> expected = Bindings.leshanClass(rm.type);
    if (res.isMultiInstances()) {
      for (LwM2mResourceInstance ri : res.getInstances().values()) {
        if (!expected.isInstance(ri.getValue())) {
          return "resource " + rm.id + "/" + ri.getId() + " (" + rm.type + ") holds a " + ri.getValue().getClass().getName();
        }
      }
    } else if (!expected.isInstance(res.getValue())) {
      return "resource " + rm.id + " (" + rm.type + ") holds a " + res.getValue().getClass().getName();
    }
    return null;
  }
}
