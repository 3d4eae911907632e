package org.lwm2m.codegen.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.response.ReadResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.Skip;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;

/**
 * Hostile text from object XML reaching generated Java: comment ends, backslash-u escapes
 * (which javac decodes before anything else), line and paragraph separators, HTML, quotes,
 * {@code @} at a line start, Javadoc inline tags, JavaPoet and printf format characters, a 100 KB
 * description (class file constants hold 64 KB), names that are Java keywords, {@code getClass}
 * or the names of the types generated code uses. The generated code compiles; loading and
 * initialising every generated class runs nothing from the input (payloads set the system property
 * {@code pwned}); javac's own parse of the generated sources finds no static block and no call
 * named by a payload; and Leshan's model holds each text exactly as written.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileTextTest {
  @TempDir Path work;

  /** Texts that would run, or break the source, if they reached it unescaped. */
  static final List<String> PAYLOADS = List.of(
      "*/ static { System.setProperty(\"pwned\", \"comment\"); } /*",
      "/* an open comment",
      "\\u002a/ static { System.setProperty(\"pwned\", \"unicode-comment\"); } /\\u002a",
      "\\u000a static { System.setProperty(\"pwned\", \"unicode-newline\"); }",
      "\\u000d static { System.setProperty(\"pwned\", \"unicode-return\"); }",
      "\\u0022); static { System.setProperty(\"pwned\", \"unicode-quote\"); } //",
      "\"); static { System.setProperty(\"pwned\", \"quote\"); } //",
      "\\\"); static { System.setProperty(\"pwned\", \"escaped-quote\"); } //",
      "line\u2028separator\u2029paragraph\u0085next static { System.setProperty(\"pwned\", \"separator\"); }",
      "<script>alert('x')</script> </pre> <!-- x --> &amp; &lt;",
      "'single' \"double\" `back`",
      "@Deprecated\n@SuppressWarnings(\"all\") at line starts",
      "\n@return evil {@code x} {@link Runtime#exec(String)} {@inheritDoc} {@value}",
      "Runtime.getRuntime().exec(\"x\"); System.exit(1);",
      "\\\\u002a/ a doubled backslash",
      "\\uuuu002a/ many u",
      "ends with a backslash \\",
      "$L $S $T $N $$ %s %n %% {0}",
      "\u202Eright-to-left override\u202C and \u200F marks",
      "\uD83D\uDE00 emoji \uD835\uDD38 supplementary",
      "\t\ttabs and  double  spaces",
      "\u00A0non-breaking\u00A0spaces\u00A0");

  /** Identifiers a payload names: none may appear in generated code (outside comments and strings). */
  static final Set<String> FORBIDDEN_CALLS = Set.of("setProperty", "exec", "exit", "getRuntime", "halt", "alert");

  /** Resource names that are Java keywords or clash with members every generated class has. */
  static final List<String> JAVA_NAMES = List.of(
      "class", "Class", "getClass", "hashCode", "equals", "toString", "wait", "notify", "finalize", "clone", "int",
      "Package", "Switch", "Record", "enum", "assert", "goto", "const", "var", "yield", "record", "sealed", "_",
      "Resources", "In Memory", "MODEL", "OBJECT", "ID", "VERSION", "Implementation", "Reset", "Set Change Listener",
      "Change Listener", "Listener", "Read Resource", "Descriptor", "Available Resource Ids", "value", "arguments");

  /** Object names that are the simple names of types generated code uses or imports. */
  static final List<String> TYPE_NAMES = List.of(
      "String", "Object", "Class", "Generated", "List", "Map", "Optional", "Arguments", "ObjectModel", "ResourceModel",
      "Checks", "Instant", "ULong", "Link", "ObjectLink", "Override", "Availability", "TypedInstanceEnabler",
      "LwM2mResource", "IntConsumer", "SingleResource", "ExecutableResource", "ObjectDescriptor", "EnablerFactory",
      "WriteResponse", "LwM2mServer");

  /** One resource of a test object, as written into XML (texts are escaped there). */
  record Res(int id, String name, String ops, boolean multiple, String type, String range, String units, String description) {}

  static String xml(int objectId, String name, String description1, String description2, List<Res> resources) {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- BSD-3-Clause: hostile text test -->\n")
        .append("<LWM2M xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
        .append("xsi:noNamespaceSchemaLocation=\"http://www.openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd\">\n")
        .append("<Object ObjectType=\"MODefinition\">\n")
        .append("<Name>").append(esc(name)).append("</Name>\n")
        .append("<Description1>").append(esc(description1)).append("</Description1>\n")
        .append("<ObjectID>").append(objectId).append("</ObjectID>\n")
        .append("<ObjectURN>urn:oma:lwm2m:x:").append(objectId).append("</ObjectURN>\n")
        .append("<LWM2MVersion>1.1</LWM2MVersion>\n<ObjectVersion>1.0</ObjectVersion>\n")
        .append("<MultipleInstances>Multiple</MultipleInstances>\n<Mandatory>Optional</Mandatory>\n<Resources>\n");
    for (Res r : resources) {
      b.append("<Item ID=\"").append(r.id()).append("\">")
          .append("<Name>").append(esc(r.name())).append("</Name>")
          .append("<Operations>").append(r.ops()).append("</Operations>")
          .append("<MultipleInstances>").append(r.multiple() ? "Multiple" : "Single").append("</MultipleInstances>")
          .append("<Mandatory>Optional</Mandatory>")
          .append("<Type>").append(r.type()).append("</Type>")
          .append("<RangeEnumeration>").append(esc(r.range())).append("</RangeEnumeration>")
          .append("<Units>").append(esc(r.units())).append("</Units>")
          .append("<Description>").append(esc(r.description())).append("</Description>")
          .append("</Item>\n");
    }
    b.append("</Resources>\n<Description2>").append(esc(description2)).append("</Description2>\n</Object>\n</LWM2M>\n");
    return b.toString();
  }

  /** Escaped text, alternately as a CDATA section (split where the text holds "]]>") and as character data. */
  static String esc(String s) {
    if (s.hashCode() % 2 == 0) {
      return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A 100 KB description: 3-byte characters (UTF-8 far over 64 KB) and surrogate pairs across every split point. */
  static String hugeDescription() {
    StringBuilder b = new StringBuilder();
    while (b.length() < 100_000) {
      b.append("\u20ac\u6e29 */ \\u002a/ ");
      if (b.length() % 4000 > 3980) {
        while (b.length() % 4000 != 3999) {
          b.append('x');
        }
        b.append("\uD83D\uDE00"); // a pair straddling a 4000-character boundary
      }
    }
    return b.toString();
  }

  // --- the main test -------------------------------------------------------------------------------

  @Test
  void hostileTextsCompileRunNothingAndStayExactlyAsWritten() throws Exception {
    Path models = Files.createDirectories(work.resolve("models/text"));
    Map<String, String> files = new LinkedHashMap<>();
    // 26280: every payload as a resource name, description, units, in the object's descriptions
    List<Res> resources = new ArrayList<>();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String p = PAYLOADS.get(i);
      resources.add(new Res(i, "Res " + i + " " + p, "RW", i % 3 == 0, "String", "", p, p));
    }
    resources.add(new Res(100, "Run " + PAYLOADS.get(0), "E", false, "", "", "", PAYLOADS.get(2)));
    // enumeration values that would be code
    resources.add(new Res(101, "Choice", "RW", false, "String",
        "\"*/x/*\",\"\\u0022\",\"\\u000a\",\"<script>\",\"@a\",\"{@code b}\",\"it's\",\"$S\",\"\\\\\",\"\u2028\"", "", "An enumeration."));
    resources.add(new Res(102, "Huge", "R", false, "String", "", "", hugeDescription()));
    String description1 = String.join(" | ", PAYLOADS);
    files.put("hostile-text.xml", xml(26280, "Hostile */ Text \\u002a/", description1, PAYLOADS.get(3) + hugeDescription(), resources));
    // 26281: resource names that are Java keywords and member names
    List<Res> named = new ArrayList<>();
    for (int i = 0; i < JAVA_NAMES.size(); i++) {
      named.add(new Res(i, JAVA_NAMES.get(i), i % 4 == 3 ? "E" : "RW", false, i % 4 == 3 ? "" : "Integer", "", "", "A name."));
    }
    files.put("java-names.xml", xml(26281, "Java Names", "Names.", "", named));
    // 26300+: objects named after the types generated code uses
    for (int i = 0; i < TYPE_NAMES.size(); i++) {
      files.put("type-" + i + ".xml", xml(26300 + i, TYPE_NAMES.get(i), "A clash.", "", List.of(
          new Res(0, "Value", "RW", false, "String", "", "", "A value."),
          new Res(1, "When", "RW", true, "Time", "", "", "A time."),
          new Res(2, "Go", "E", false, "", "", "", "Runs."),
          new Res(3, "Peer", "RW", false, "Objlnk", "", "", "A link."),
          new Res(4, "Links", "RW", false, "Corelnk", "", "", "Links."),
          new Res(5, "Count", "RW", false, "Unsigned Integer", "0..10", "", "A count."))));
    }
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(models.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }

    System.clearProperty("pwned");
    long t0 = System.nanoTime();
    try (ProcessorRun run = ProcessorRun.run(work.resolve("work"), work.resolve("models"), "com.acme.text", List.of("text/"), List.of())) {
      System.out.printf(Locale.ROOT, "[hostile-text] %d objects: processor %d ms, generated code %d ms, %d sources (%d KB)%n",
          files.size(), run.processMillis, run.compileMillis, run.generatedSources().size(), sourceBytes(run) / 1024);
      assertNull(run.crash, () -> ProcessorRun.stackTrace(run.crash));
      assertNull(ProcessorRun.failureSign(run.everything(), String.join("", files.values())), run::everything);
      assertEquals(List.of(), run.messages(Diagnostic.Kind.ERROR), "no errors");
      assertEquals(List.of(), run.generatedErrors.stream().map(ProcessorRun::describe).collect(Collectors.toList()), "the generated code compiles");
      assertTrue(run.generatedCompiled);
      // N, NModel, NValidator, NEnabler, and NRemote (Leshan's server is on the test class path)
      assertEquals(5 * files.size(), run.generatedSources().size(), "five sources per object");

      // Nothing executable from the input: javac's own parse of what was generated.
      Set<String> calls = new TreeSet<>();
      int staticBlocks = scan(run.generatedSources(), calls);
      assertEquals(0, staticBlocks, "a static block in generated code");
      Set<String> forbidden = new TreeSet<>(calls);
      forbidden.retainAll(FORBIDDEN_CALLS);
      assertEquals(Set.of(), forbidden, "calls named by a payload in generated code");

      // Loading, initialising and using every generated class runs nothing from the input.
      int loaded = 0;
      int instances = 0;
      for (String name : run.compiledClassNames()) {
        Class<?> type = Class.forName(name, true, run.loader());
        loaded++;
        if (TypedInstanceEnabler.class.isAssignableFrom(type) && !name.contains("$")) {
          Method inMemory = type.getMethod("inMemory", int.class);
          TypedInstanceEnabler<?> enabler = (TypedInstanceEnabler<?>) inMemory.invoke(null, 0);
          ReadResponse read = enabler.read(LwM2mServer.SYSTEM);
          assertTrue(read.isSuccess(), name + " read: " + read);
          assertEquals(List.of(), enabler.descriptor().validate((LwM2mObjectInstance) read.getContent()), name + " in-memory instance");
          instances++;
        }
      }
      System.out.printf(Locale.ROOT, "[hostile-text] loaded and initialised %d classes, read %d in-memory instances in %d ms total%n",
          loaded, instances, (System.nanoTime() - t0) / 1_000_000);
      assertNull(System.getProperty("pwned"), "a payload ran: pwned=" + System.getProperty("pwned"));

      // Leshan's model holds each text exactly as written.
      ObjectModel model = model(run, 26280);
      assertEquals("Hostile */ Text \\u002a/", model.name);
      assertEquals(description1, model.description);
      assertEquals(PAYLOADS.get(3) + hugeDescription(), model.description2);
      for (Res r : resources) {
        ResourceModel m = model.resources.get(r.id());
        String at = "resource " + r.id();
        assertEquals(r.name(), m.name, at + " name");
        assertEquals(r.description(), m.description, at + " description");
        assertEquals(r.units(), m.units, at + " units");
        assertEquals(r.range(), m.rangeEnumeration, at + " range");
      }
      ObjectModel names = model(run, 26281);
      for (int i = 0; i < JAVA_NAMES.size(); i++) {
        assertEquals(JAVA_NAMES.get(i), names.resources.get(i).name);
      }
      for (int i = 0; i < TYPE_NAMES.size(); i++) {
        assertEquals(TYPE_NAMES.get(i), model(run, 26300 + i).name);
      }
    } finally {
      System.clearProperty("pwned");
    }
  }

  // --- names the file system or the class file format cannot take ----------------------------------

  /**
   * A 90-character object name in CJK (270 bytes of UTF-8): the class files would be named beyond
   * the 255-byte file name limit of common file systems. Generated and compiled, or refused with a
   * located error; never an internal error.
   */
  @Test
  void aLongObjectNameIsGeneratedOrRefusedWithALocation() throws Exception {
    String name = "\u6e29\u5ea6\u8ba1".repeat(30);
    assertGeneratedOrLocated("long-name.xml", xml(26282, name, "Long.", "", List.of(new Res(0, "Value", "R", false, "Float", "", "", "V."))));
  }

  /** A 300-character ASCII object name. */
  @Test
  void aThreeHundredCharacterObjectNameIsGeneratedOrRefusedWithALocation() throws Exception {
    String name = "Very Long Name ".repeat(20).trim();
    assertGeneratedOrLocated("long-ascii-name.xml", xml(26283, name, "Long.", "", List.of(new Res(0, "Value", "R", false, "Float", "", "", "V."))));
  }

  /** A 100 KB resource name: a method name beyond the class file's 64 KB constant limit. */
  @Test
  void aHundredKilobyteResourceNameIsGeneratedOrRefusedWithALocation() throws Exception {
    String name = "Abc ".repeat(25_000).trim();
    assertGeneratedOrLocated("long-resource-name.xml", xml(26284, "Long Resource", "Long.", "",
        List.of(new Res(0, name, "RW", false, "Integer", "", "", "V."), new Res(1, "Run " + name, "E", false, "", "", "", "E."))));
  }

  /**
   * A model file whose name holds a line separator (U+2028), quotes and a backslash-u sequence: file names reach the generated sources too ({@code @Generated(comments = "from
   * ...")} and the header comment).
   */
  @Test
  void aHostileModelFileNameStaysText() throws Exception {
    String fileName = "a\u2028b\u2029c \"q\" \\u000a d.xml";
    assertGeneratedOrLocated(fileName, xml(26285, "File Name", "F.", "", List.of(new Res(0, "Value", "R", false, "Float", "", "", "V."))));
  }

  void assertGeneratedOrLocated(String fileName, String content) throws Exception {
    Path models = Files.createDirectories(work.resolve("models/n"));
    try {
      Files.writeString(models.resolve(fileName), content, StandardCharsets.UTF_8);
    } catch (java.nio.file.InvalidPathException e) {
      throw Skip.because("this file system cannot name " + XmlMutator.shorten(fileName));
    }
    System.clearProperty("pwned");
    try (ProcessorRun run = ProcessorRun.run(work.resolve("work"), work.resolve("models"), "com.acme.names", List.of("n/"), List.of())) {
      String everything = run.everything();
      System.out.printf(Locale.ROOT, "[hostile-text] %s: processor %d ms, generated code %d ms, %d sources, %d errors%n",
          XmlMutator.shorten(fileName), run.processMillis, run.compileMillis, run.generatedSources().size(), run.messages(Diagnostic.Kind.ERROR).size());
      assertNull(run.crash, () -> "javac crashed: " + ProcessorRun.stackTrace(run.crash));
      assertNull(ProcessorRun.failureSign(everything, content), () -> "not a clean run:\n" + HostileXmlTest.shorten(everything));
      assertEquals(List.of(), run.generatedErrors.stream().map(d -> HostileXmlTest.shorten(ProcessorRun.describe(d))).collect(Collectors.toList()),
          "the generated code compiles");
      List<String> errors = run.messages(Diagnostic.Kind.ERROR);
      for (String e : errors) {
        Matcher m = ProcessorRun.LOCATED.matcher(e);
        assertTrue(m.find() && m.group("line") != null, () -> "an error without a location: " + HostileXmlTest.shorten(e));
      }
      if (errors.isEmpty()) {
        assertTrue(run.generatedCompiled && !run.generatedSources().isEmpty(), "accepted, generated and compiled");
        for (String name : run.compiledClassNames()) {
          Class.forName(name, true, run.loader());
        }
        assertNull(System.getProperty("pwned"));
      }
    }
  }

  // --- helpers -------------------------------------------------------------------------------------

  static ObjectModel model(ProcessorRun run, int objectId) throws Exception {
    for (String name : run.compiledClassNames()) {
      if (name.endsWith("Model") && !name.contains("$")) {
        java.lang.reflect.Field field;
        try {
          field = Class.forName(name, true, run.loader()).getField("MODEL");
        } catch (NoSuchFieldException e) {
          continue; // an interface of an object named like "ObjectModel"
        }
        ObjectModel m = (ObjectModel) field.get(null);
        if (m.id == objectId) {
          return m;
        }
      }
    }
    throw new AssertionError("no model of object " + objectId);
  }

  static long sourceBytes(ProcessorRun run) throws IOException {
    long total = 0;
    for (Path p : run.generatedSources()) {
      total += Files.size(p);
    }
    return total;
  }

  /**
   * Parses {@code sources} with javac (after its own unicode-escape translation, as it compiles
   * them): collects the names of every method called or member selected and identifier used,
   * and returns the number of static initialiser blocks.
   */
  static int scan(List<Path> sources, Set<String> names) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    int[] staticBlocks = {0};
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, fm.getJavaFileObjectsFromPaths(sources));
      for (CompilationUnitTree unit : task.parse()) {
        new TreeScanner<Void, Void>() {
          @Override
          public Void visitBlock(BlockTree node, Void v) {
            if (node.isStatic()) {
              staticBlocks[0]++;
            }
            return super.visitBlock(node, v);
          }

          @Override
          public Void visitMemberSelect(MemberSelectTree node, Void v) {
            names.add(node.getIdentifier().toString());
            return super.visitMemberSelect(node, v);
          }

          @Override
          public Void visitIdentifier(IdentifierTree node, Void v) {
            names.add(node.getName().toString());
            return super.visitIdentifier(node, v);
          }
        }.scan(unit, null);
      }
    }
    return staticBlocks[0];
  }
}
