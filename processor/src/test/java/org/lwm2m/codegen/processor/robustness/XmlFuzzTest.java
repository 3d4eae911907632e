package org.lwm2m.codegen.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.response.ReadResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.Registry;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.ReadResult;
import org.lwm2m.codegen.schema.ReaderOptions;

/**
 * Fuzzing the processor with structured mutations of real object XML (the shared registry's
 * files when present, and always the project's own test models): for every case the processor
 * either generates sources that compile, load and give valid in-memory instances, or reports
 * errors located as {@code file.xml:line:column: [rule]}; it never reports an internal error,
 * prints a stack trace, crashes javac, or generates code javac rejects.
 *
 * <p>Cases are run in batches (one processor run over a folder of mutated files, then one
 * compilation of what it generated); even batches read strictly, odd ones with {@code
 * lwm2m.schema=lenient}. Each case is derived from the seed and its number alone, so a case is
 * reproduced with {@code -Dfuzz.only=N} whatever batch it ran in. Failing inputs are copied to
 * {@code target/robustness/fuzz-failures/}.
 *
 * <pre>
 * CI size (default):  mvn -o -pl processor test -Dtest=XmlFuzzTest
 * long run:           mvn -o -pl processor test -Dtest=XmlFuzzTest -Dfuzz.cases=20000 -Dfuzz.seed=7
 * one case again:     mvn -o -pl processor test -Dtest=XmlFuzzTest -Dfuzz.seed=7 -Dfuzz.only=1234,1240
 * options:            -Dfuzz.batch=20 (files per processor run) -Dfuzz.batchTimeout=300 (seconds)
 * </pre>
 */
class XmlFuzzTest {
  static final long SEED = Long.getLong("fuzz.seed", 42L);
  static final int CASES = Integer.getInteger("fuzz.cases", 300);
  static final int BATCH = Integer.getInteger("fuzz.batch", 20);
  static final long BATCH_TIMEOUT_S = Long.getLong("fuzz.batchTimeout", 300L);
  static final Path PROJECT_MODELS = Path.of("src/test/resources/models");
  static final Path FAILURES = Path.of("target/robustness/fuzz-failures");
  static final int MAX_BYTES = 4 * 1024 * 1024;

  /** What became of one case: the first two are the accepted ones, every other must never happen. */
  enum Outcome {
    GENERATED(false, "generated, compiled, loaded, valid in-memory instance"),
    REJECTED(false, "rejected with located errors (file:line:column: [rule])"),
    UNLOCATED_ERROR(true, "an error without a line"),
    INTERNAL(true, "[internal] error, stack trace or exception in the output"),
    JAVAC_CRASH(true, "javac crashed"),
    GENERATED_CODE_ERROR(true, "javac error in generated code"),
    SILENT(true, "no error and nothing generated"),
    CLASS_INIT(true, "a generated class fails to load or initialise"),
    IN_MEMORY(true, "the in-memory instance fails or breaks its own validator"),
    INJECTED(true, "text from the XML ran as code (system property pwned set)"),
    READER_THREW(true, "ObjectDefinitionReader threw"),
    HANG(true, "the batch did not finish in time");

    private final boolean failure;
    final String meaning;

    Outcome(boolean failure, String meaning) {
      this.failure = failure;
      this.meaning = meaning;
    }

    boolean failure() {
      return failure;
    }
  }

  record Seed(String name, byte[] bytes) {}

  record Case(int index, Seed seed, XmlMutator.Mutant mutant, String fileName, boolean reidentified) {
    String entryName() {
      return "fuzz/" + fileName;
    }
  }

  static final class Result {
    final Case c;
    Outcome outcome;
    final List<String> notes = new ArrayList<>();
    final Set<String> rules = new TreeSet<>();

    Result(Case c) {
      this.c = c;
    }

    void fail(Outcome o, String note) {
      if (outcome == null || !outcome.failure()) {
        outcome = o;
      }
      notes.add(note);
    }
  }

  @TempDir Path work;

  @Test
  void mutatedObjectXmlIsGeneratedOrRejectedWithALocation() throws Exception {
    List<Seed> seeds = seeds();
    List<Integer> indexes = caseIndexes();
    System.out.printf(Locale.ROOT, "[fuzz] seed %d, %d cases in batches of %d, %d seed files (%s)%n", SEED, indexes.size(), BATCH,
        seeds.size(), seeds.size() > 2 ? "registry + project models" : "project models only: registry absent");
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    Map<String, Integer> rules = new TreeMap<>();
    Map<String, Integer> operators = new TreeMap<>();
    List<Result> failures = new ArrayList<>();
    long start = System.nanoTime();
    long processMillis = 0;
    long compileMillis = 0;
    long slowestRead = 0;
    String slowestReadCase = "";
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      for (int from = 0; from < indexes.size(); from += BATCH) {
        List<Integer> batchIndexes = indexes.subList(from, Math.min(indexes.size(), from + BATCH));
        int batchNumber = from / BATCH;
        List<Case> cases = new ArrayList<>();
        for (int i : batchIndexes) {
          cases.add(makeCase(i, seeds));
        }
        for (Case c : cases) {
          for (XmlMutator.Applied a : c.mutant().applied()) {
            operators.merge(a.operator(), 1, Integer::sum);
          }
        }
        boolean lenient = batchNumber % 2 == 1;
        // The reader on its own: never throws, every error located.
        Map<Integer, Result> results = new LinkedHashMap<>();
        for (Case c : cases) {
          Result r = new Result(c);
          results.put(c.index(), r);
          long t0 = System.nanoTime();
          checkReader(c, r, lenient);
          long took = System.nanoTime() - t0;
          if (took > slowestRead) {
            slowestRead = took;
            slowestReadCase = "case " + c.index() + " (" + c.mutant().description() + ")";
          }
        }
        Path batchDir = work.resolve("batch-" + batchNumber);
        Future<BatchReport> future = executor.submit(() -> runBatch(batchDir, cases, results, lenient));
        BatchReport report;
        try {
          report = future.get(BATCH_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
          future.cancel(true);
          for (Result r : results.values()) {
            r.fail(Outcome.HANG, "batch " + batchNumber + " did not finish within " + BATCH_TIMEOUT_S + " s");
          }
          report = new BatchReport(0, 0);
          failures.addAll(results.values());
          saveFailures(results.values());
          System.out.println("[fuzz] batch " + batchNumber + " hangs: stopping; its files are in " + FAILURES.toAbsolutePath());
          tally(results.values(), counts, rules);
          break;
        } catch (ExecutionException e) {
          throw new AssertionError("the fuzz harness failed on batch " + batchNumber, e.getCause());
        }
        processMillis += report.processMillis;
        compileMillis += report.compileMillis;
        tally(results.values(), counts, rules);
        List<Result> failed = results.values().stream().filter(r -> r.outcome.failure()).collect(Collectors.toList());
        failures.addAll(failed);
        saveFailures(failed);
        if (failed.isEmpty()) {
          deleteTree(batchDir); // keeps a long run's disk use flat
        }
      }
    } finally {
      executor.shutdownNow();
    }
    long totalMillis = (System.nanoTime() - start) / 1_000_000;

    System.out.println("[fuzz] outcomes (only GENERATED and REJECTED may be above 0):");
    for (Outcome o : Outcome.values()) {
      int count = counts.getOrDefault(o, 0);
      String flag = o.failure() && count > 0 ? "  <- must be 0" : "";
      System.out.printf(Locale.ROOT, "[fuzz]   %-20s %6d  %s%s%n", o, count, o.meaning, flag);
    }
    System.out.println("[fuzz] mutations applied: " + operators);
    System.out.println("[fuzz] error rules of rejected cases (cases per rule): " + rules);
    System.out.printf(Locale.ROOT, "[fuzz] %d cases in %.1f s (processor runs %.1f s, compiling generated code %.1f s); slowest single read %.1f ms: %s%n",
        indexes.size(), totalMillis / 1000.0, processMillis / 1000.0, compileMillis / 1000.0, slowestRead / 1e6, slowestReadCase);
    StringBuilder message = new StringBuilder();
    for (Result r : failures) {
      message.append("\ncase ").append(r.c.index()).append(" [").append(r.outcome).append("] seed file ")
          .append(r.c.seed().name()).append(": ").append(r.c.mutant().description());
      for (String n : r.notes) {
        message.append("\n    ").append(shorten(n, 1500));
      }
    }
    if (!failures.isEmpty()) {
      message.append("\nreproduce: -Dfuzz.seed=").append(SEED).append(" -Dfuzz.only=")
          .append(failures.stream().map(r -> String.valueOf(r.c.index())).distinct().collect(Collectors.joining(",")))
          .append("; inputs in ").append(FAILURES.toAbsolutePath());
    }
    assertTrue(failures.isEmpty(), failures.size() + " failing cases:" + message);
  }

  // --- what the fuzzer found, as fixed regression cases --------------------------------------------

  static Stream<org.junit.jupiter.params.provider.Arguments> findings() {
    String valid = new org.lwm2m.codegen.processor.testing.ObjectXml().id(26295).name("Finding")
        .resource(0, "Value", "R", "Float").toString();
    return Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("unsupported-encoding",
            valid.replace("encoding=\"UTF-8\"", "encoding=\"bogus-enc\"").getBytes(StandardCharsets.UTF_8)),
        org.junit.jupiter.params.provider.Arguments.of("ebcdic-encoding-name",
            valid.replace("encoding=\"UTF-8\"", "encoding=\"x-IBM1047\"").getBytes(StandardCharsets.UTF_8)),
        org.junit.jupiter.params.provider.Arguments.of("truncated-in-declaration-after-bom",
            "\uFEFF<?xml version=".getBytes(StandardCharsets.UTF_8)),
        org.junit.jupiter.params.provider.Arguments.of("truncated-in-declaration", "<?xml version=\"1.".getBytes(StandardCharsets.UTF_8)),
        org.junit.jupiter.params.provider.Arguments.of("empty-file", new byte[0]),
        org.junit.jupiter.params.provider.Arguments.of("bom-only", "\uFEFF".getBytes(StandardCharsets.UTF_8)),
        org.junit.jupiter.params.provider.Arguments.of("declaration-only", "<?xml version=\"1.0\"?>\n".getBytes(StandardCharsets.UTF_8)),
        org.junit.jupiter.params.provider.Arguments.of("one-angle-bracket", "<".getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Inputs the fuzzer found (seed 7: a declared encoding the JDK does not support, a file cut inside
   * its XML declaration) and their neighbours: through the reader and through the processor, each
   * must be refused with an error that has a line (and no exception class name in its message).
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("findings")
  void fuzzFindingsAreRefusedWithALocation(String name, byte[] bytes) throws Exception {
    String file = "fuzz/" + name + ".xml";
    ReadResult read = new ObjectDefinitionReader().read(file, bytes);
    assertTrue(read.hasErrors(), "accepted: " + name);
    for (Problem p : read.problems()) {
      assertTrue(!p.isError() || p.location().line() > 0, () -> "reader: an error without a line: " + p);
      assertTrue(ProcessorRun.failureSign(p.message(), null) == null, () -> "reader: not a clean message: " + p);
    }
    Path models = Files.createDirectories(work.resolve("models/fuzz"));
    Files.write(models.resolve(name + ".xml"), bytes);
    try (ProcessorRun run = ProcessorRun.run(work.resolve("work"), work.resolve("models"), "com.acme.fuzz", List.of(file), List.of())) {
      List<String> errors = run.messages(Diagnostic.Kind.ERROR);
      assertTrue(!errors.isEmpty(), "accepted: " + name);
      for (String e : errors) {
        Matcher m = ProcessorRun.LOCATED.matcher(e);
        assertTrue(m.find() && m.group("line") != null, () -> "processor: an error without a line: " + e);
        assertTrue(ProcessorRun.failureSign(e, null) == null, () -> "processor: not a clean message: " + e);
      }
    }
  }

  /**
   * A String or Opaque resource whose minimum length is huge ({@code 2147483647..2147483647 bytes}):
   * refused with a located error, or generated so that an in-memory instance can be created (its
   * initial value is the shortest allowed one, here an array beyond the VM's limit).
   */
  @Test
  void aHugeMinimumLengthDoesNotBreakTheInMemoryInstance() throws Exception {
    String xml = new org.lwm2m.codegen.processor.testing.ObjectXml().id(26296).name("Huge Minimum")
        .resource(0, "Blob", "RW", false, "Opaque", "2147483647..2147483647 bytes", "").toString();
    Path models = Files.createDirectories(work.resolve("models/huge"));
    Files.writeString(models.resolve("huge.xml"), xml);
    try (ProcessorRun run = ProcessorRun.run(work.resolve("work"), work.resolve("models"), "com.acme.huge", List.of("huge/huge.xml"), List.of())) {
      List<String> errors = run.messages(Diagnostic.Kind.ERROR);
      assertTrue(run.generatedErrors.isEmpty(), () -> "generated code does not compile: " + run.everything());
      if (!errors.isEmpty()) {
        for (String e : errors) {
          Matcher m = ProcessorRun.LOCATED.matcher(e);
          assertTrue(m.find() && m.group("line") != null, () -> "an error without a line: " + e);
        }
        return;
      }
      Class<?> enabler = Class.forName("com.acme.huge.HugeMinimumEnabler", true, run.loader());
      try {
        enabler.getMethod("inMemory", int.class).invoke(null, 0);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw new AssertionError("HugeMinimumEnabler.inMemory(0) throws " + e.getCause() + "; generated initial value: "
            + HUGE_INITIAL.matcher(Files.readString(run.generated.resolve("com/acme/huge/HugeMinimumEnabler.java"))).results()
                .map(java.util.regex.MatchResult::group).collect(Collectors.toList()), e.getCause());
      }
    }
  }

  // --- cases ---------------------------------------------------------------------------------------

  static List<Integer> caseIndexes() {
    String only = System.getProperty("fuzz.only", "").trim();
    if (!only.isEmpty()) {
      return Stream.of(only.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toList());
    }
    List<Integer> all = new ArrayList<>(CASES);
    for (int i = 0; i < CASES; i++) {
      all.add(i);
    }
    return all;
  }

  /** The project's own models, then the registry's files when present, in a stable order. */
  static List<Seed> seeds() throws IOException {
    List<Seed> seeds = new ArrayList<>();
    try (Stream<Path> s = Files.list(PROJECT_MODELS)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList())) {
        seeds.add(new Seed("models/" + p.getFileName(), Files.readAllBytes(p)));
      }
    }
    Optional<Path> registry = Registry.find(); // without it: the project's models only
    if (registry.isPresent()) {
      for (Path p : Registry.allObjectFiles()) {
        seeds.add(new Seed(registry.get().relativize(p).toString(), Files.readAllBytes(p)));
      }
    }
    return seeds;
  }

  static final Pattern OBJECT_ID = Pattern.compile("<ObjectID>\\s*(\\d+)\\s*</ObjectID>");
  static final Pattern URN = Pattern.compile("<ObjectURN>\\s*urn:oma:lwm2m:[a-z]+:\\d+(:[^<\\s]*)?\\s*</ObjectURN>");

  /** Case {@code index}: derived from the seed and the index alone. */
  static Case makeCase(int index, List<Seed> seeds) {
    Random random = new Random(SEED * 1_000_003L + index);
    Seed seed = seeds.get(random.nextInt(seeds.size()));
    byte[] bytes = seed.bytes();
    boolean reidentify = random.nextInt(10) < 7;
    if (reidentify) {
      // A private ID of its own, so that cases of one batch rarely collide (duplicate-object).
      int id = 30000 + index % 2700;
      String text = new String(bytes, StandardCharsets.UTF_8);
      text = OBJECT_ID.matcher(text).replaceFirst("<ObjectID>" + id + "</ObjectID>");
      Matcher urn = URN.matcher(text);
      if (urn.find()) {
        String version = urn.group(1) == null ? "" : urn.group(1);
        text = text.substring(0, urn.start()) + "<ObjectURN>urn:oma:lwm2m:x:" + id + Matcher.quoteReplacement(version) + "</ObjectURN>"
            + text.substring(urn.end());
      }
      bytes = text.getBytes(StandardCharsets.UTF_8);
    }
    XmlMutator.Mutant mutant = XmlMutator.mutate(bytes, random);
    return new Case(index, seed, mutant, String.format(Locale.ROOT, "case-%05d.xml", index), reidentify);
  }

  // --- checks --------------------------------------------------------------------------------------

  static void checkReader(Case c, Result r, boolean lenient) {
    ReadResult read;
    try {
      read = new ObjectDefinitionReader(new ReaderOptions(lenient, MAX_BYTES)).read(c.entryName(), c.mutant().bytes());
    } catch (Throwable e) {
      r.fail(Outcome.READER_THREW, ProcessorRun.stackTrace(e));
      return;
    }
    for (Problem p : read.problems()) {
      if (p.isError() && p.location().line() <= 0) {
        r.fail(Outcome.UNLOCATED_ERROR, "reader: " + p);
      }
      String sign = ProcessorRun.failureSign(p.message(), new String(c.mutant().bytes(), StandardCharsets.UTF_8));
      if (sign != null) {
        r.fail(Outcome.INTERNAL, "reader: " + sign + ": " + p);
      }
    }
  }

  record BatchReport(long processMillis, long compileMillis) {}

  /** One processor run over the batch's files, then the checks of what it generated. */
  static BatchReport runBatch(Path dir, List<Case> cases, Map<Integer, Result> results, boolean lenient) throws Exception {
    Path models = Files.createDirectories(dir.resolve("models"));
    Path folder = Files.createDirectories(models.resolve("fuzz"));
    Map<String, Result> byEntry = new LinkedHashMap<>();
    Map<String, Result> byPath = new LinkedHashMap<>(); // diagnostics name the absolute path read
    for (Case c : cases) {
      Files.write(folder.resolve(c.fileName()), c.mutant().bytes());
      byEntry.put(c.entryName(), results.get(c.index()));
      byPath.put(models.resolve(c.entryName()).toString(), results.get(c.index()));
    }
    List<String> options = lenient ? List.of("-Alwm2m.schema=lenient") : List.of();
    try (ProcessorRun run = ProcessorRun.run(dir.resolve("work"), models, "com.acme.fuzz", List.of("fuzz/"), options)) {
      Map<String, String> inputs = new LinkedHashMap<>();
      for (Case c : cases) {
        inputs.put(c.entryName(), new String(c.mutant().bytes(), StandardCharsets.UTF_8));
      }
      String allInput = String.join("\n", inputs.values());
      if (run.crash != null) {
        for (Result r : byEntry.values()) {
          r.fail(Outcome.JAVAC_CRASH, ProcessorRun.stackTrace(run.crash));
        }
        return new BatchReport(run.processMillis, run.compileMillis);
      }
      // Processor diagnostics, attributed to files.
      for (Diagnostic<? extends JavaFileObject> d : run.processorDiagnostics) {
        String message = d.getMessage(Locale.ROOT);
        Matcher m = ProcessorRun.LOCATED.matcher(message);
        Result owner = m.find() ? byPath.get(m.group("file")) : null;
        String sign = ProcessorRun.failureSign(message, owner == null ? allInput : inputs.get(owner.c.entryName()));
        if (sign != null) {
          (owner != null ? List.of(owner) : byEntry.values()).forEach(r -> r.fail(Outcome.INTERNAL, sign + ": " + message));
          continue;
        }
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        if (owner == null) {
          byEntry.values().forEach(r -> r.fail(Outcome.UNLOCATED_ERROR, "an error naming no case file: " + message));
        } else if (m.group("line") == null) {
          owner.fail(Outcome.UNLOCATED_ERROR, message);
        } else {
          owner.rules.add(m.group("rule"));
          if (owner.outcome == null) {
            owner.outcome = Outcome.REJECTED;
          }
        }
      }
      String sign = ProcessorRun.failureSign(run.output.toString(), allInput);
      if (sign != null) {
        byEntry.values().forEach(r -> r.fail(Outcome.INTERNAL, sign + " in javac's output: " + run.output));
      }
      // What was generated, per case.
      Map<Path, String> origins = run.sourceOrigins();
      Map<String, List<Path>> generatedBy = new LinkedHashMap<>();
      origins.forEach((p, origin) -> generatedBy.computeIfAbsent(origin, o -> new ArrayList<>()).add(p));
      for (Diagnostic<? extends JavaFileObject> d : run.generatedErrors) {
        Path source = Path.of(d.getSource().toUri()).normalize();
        Result owner = byEntry.get(origins.getOrDefault(source, "?"));
        String text = ProcessorRun.describe(d);
        (owner != null ? List.of(owner) : byEntry.values()).forEach(r -> r.fail(Outcome.GENERATED_CODE_ERROR, text));
      }
      if (!run.generatedCompiled && run.generatedErrors.isEmpty()) {
        byEntry.values().forEach(r -> r.fail(Outcome.GENERATED_CODE_ERROR, run.output.toString()));
      }
      if (run.generatedCompiled) {
        checkClasses(run, origins, byEntry);
        String pwned = System.clearProperty("pwned");
        if (pwned != null) {
          byEntry.values().forEach(r -> r.fail(Outcome.INJECTED, "System property pwned=" + pwned + " after loading the generated classes"));
        }
      }
      for (Result r : byEntry.values()) {
        if (r.outcome == null) {
          if (generatedBy.containsKey(r.c.entryName())) {
            r.outcome = Outcome.GENERATED;
          } else {
            r.fail(Outcome.SILENT, "no error and no generated source");
          }
        }
      }
      return new BatchReport(run.processMillis, run.compileMillis);
    }
  }

  /**
   * An in-memory initial value of 10,000,000 characters or bytes or more: the test does not
   * allocate it, and reports it (a minimum length that large is an input no device can hold).
   */
  static final Pattern HUGE_INITIAL = Pattern.compile("\\.repeat\\((\\d{8,})\\)|new byte\\[(\\d{8,})\\]");

  /** Loads and initialises every generated class; reads each in-memory instance and validates it. */
  static void checkClasses(ProcessorRun run, Map<Path, String> origins, Map<String, Result> byEntry) throws IOException {
    Map<String, String> originOfClass = new LinkedHashMap<>();
    Map<String, String> sourceOfClass = new LinkedHashMap<>();
    for (Map.Entry<Path, String> e : origins.entrySet()) {
      String simple = e.getKey().getFileName().toString().replaceAll("\\.java$", "");
      originOfClass.put(simple, e.getValue());
      sourceOfClass.put(simple, Files.readString(e.getKey()));
    }
    ClassLoader loader = run.loader();
    for (String name : run.compiledClassNames()) {
      String simple = name.substring(name.lastIndexOf('.') + 1);
      String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
      Result owner = byEntry.get(originOfClass.get(outer));
      Class<?> type;
      try {
        type = Class.forName(name, true, loader);
      } catch (Throwable e) {
        if (owner != null) {
          owner.fail(Outcome.CLASS_INIT, name + ": " + ProcessorRun.stackTrace(e));
        }
        continue;
      }
      if (owner == null || !TypedInstanceEnabler.class.isAssignableFrom(type) || simple.contains("$")) {
        continue;
      }
      Matcher huge = HUGE_INITIAL.matcher(sourceOfClass.getOrDefault(simple, ""));
      if (huge.find()) {
        owner.fail(Outcome.IN_MEMORY, simple + ": an in-memory initial value of " + huge.group() + " (not allocated by the test)");
        continue;
      }
      try {
        Method inMemory = type.getMethod("inMemory", int.class);
        if (!Modifier.isStatic(inMemory.getModifiers())) {
          continue;
        }
        TypedInstanceEnabler<?> enabler = (TypedInstanceEnabler<?>) inMemory.invoke(null, 0);
        ReadResponse read = enabler.read(LwM2mServer.SYSTEM);
        if (!read.isSuccess()) {
          owner.fail(Outcome.IN_MEMORY, simple + ".inMemory(0) read: " + read);
          continue;
        }
        List<String> problems = enabler.descriptor().validate((LwM2mObjectInstance) read.getContent());
        if (!problems.isEmpty()) {
          owner.fail(Outcome.IN_MEMORY, simple + ".inMemory(0) breaks its validator: " + problems + " in " + read.getContent());
        }
      } catch (Throwable e) {
        Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
        owner.fail(Outcome.IN_MEMORY, simple + ".inMemory(0): " + ProcessorRun.stackTrace(cause));
      }
    }
  }

  static void tally(Iterable<Result> results, Map<Outcome, Integer> counts, Map<String, Integer> rules) {
    for (Result r : results) {
      counts.merge(r.outcome, 1, Integer::sum);
      if (r.outcome == Outcome.REJECTED) {
        r.rules.forEach(rule -> rules.merge(rule, 1, Integer::sum));
      }
    }
  }

  static void saveFailures(Iterable<Result> failed) throws IOException {
    for (Result r : failed) {
      Files.createDirectories(FAILURES);
      String base = String.format(Locale.ROOT, "seed%d-case%05d", SEED, r.c.index());
      Files.write(FAILURES.resolve(base + ".xml"), r.c.mutant().bytes());
      Files.writeString(FAILURES.resolve(base + ".txt"), r.outcome + "\nseed file " + r.c.seed().name() + "\nmutations "
          + r.c.mutant().description() + "\n\n" + String.join("\n\n", r.notes) + "\n");
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "... (" + s.length() + " chars)";
  }
}
