package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureParsingTest {

  private final ObjectDefinitionReader reader = new ObjectDefinitionReader();

  private static String rules(ReadResult result) {
    return String.join(",", result.problems().stream().map(Problem::rule).toList());
  }

  @Test
  void refusesDoctype() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE LWM2M>\n" + Ddf.valid10().substring(39);
    ReadResult result = reader.read("d.xml", Ddf.utf8(xml));

    assertEquals(SchemaRules.XML_DOCTYPE, rules(result));
    assertEquals(2, result.problems().get(0).location().line());
    assertTrue(result.problems().get(0).message().contains("DOCTYPE"));
    assertTrue(result.objects().isEmpty());
  }

  @Test
  void refusesDoctypeAfterCommentsAndInstructionsInUtf16() {
    String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!-- licence -->\n<?pi x?>\n<!DOCTYPE LWM2M>\n" + Ddf.valid10().substring(39);
    assertEquals(SchemaRules.XML_DOCTYPE, rules(reader.read("d16.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_16BE))));
  }

  /** Defect 7: any "<!DOCTYPE" in the file, even in a CDATA section, made an earlier parse error a DOCTYPE error. */
  @Test
  void aParseErrorBeforeTheRootIsXmlWhenDoctypeIsOnlyText() {
    String xml = "<?xml version=\"1.0\"?>\n<!-- a -- b -->\n"
        + Ddf.valid10().substring(39).replace("<Description1>A test object.", "<Description1><![CDATA[<!DOCTYPE LWM2M>]]>");
    ReadResult result = reader.read("c.xml", Ddf.utf8(xml));
    assertEquals(SchemaRules.XML, rules(result));
    assertEquals(2, result.problems().get(0).location().line());
  }

  @Test
  void refusesExternalEntity(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    String xml = "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE LWM2M [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
        + Ddf.valid10().substring(39).replace("Test Object", "&xxe;");
    ReadResult result = reader.read("xxe.xml", Ddf.utf8(xml));

    assertEquals(SchemaRules.XML_DOCTYPE, rules(result));
    assertFalse(result.problems().toString().contains("TOP SECRET"));
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE LWM2M [\n <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      String prev = "&lol" + (i - 1) + ";";
      dtd.append(" <!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
    }
    dtd.append("]>\n");
    String xml = "<?xml version=\"1.0\"?>\n" + dtd
        + Ddf.valid10().substring(39).replace("Test Object", "&lol9;");
    ReadResult result = reader.read("lol.xml", Ddf.utf8(xml));

    assertEquals(SchemaRules.XML_DOCTYPE, rules(result));
  }

  @Test
  void refusesExternalDtdReference() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE LWM2M SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n"
        + Ddf.valid10().substring(39);
    assertEquals(SchemaRules.XML_DOCTYPE, rules(reader.read("ext.xml", Ddf.utf8(xml))));
  }

  @Test
  void refusesXInclude() {
    String xml = Ddf.valid10().replace("<Name>Test Object</Name>",
        "<Name><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"/etc/passwd\" parse=\"text\"/></Name>");
    ReadResult result = reader.read("xi.xml", Ddf.utf8(xml));

    assertTrue(result.hasErrors());
    assertFalse(result.objects().get(0).name().contains("root"));
  }

  @Test
  void refusesTooLargeInputWithoutParsing() {
    ObjectDefinitionReader small = new ObjectDefinitionReader(new ReaderOptions(false, 100));
    // Not even XML: refused for its size before any parsing.
    ReadResult result = small.read("big.xml", new byte[101]);

    assertEquals(SchemaRules.XML_TOO_LARGE, rules(result));
    assertEquals("big.xml", result.problems().get(0).location().file());
    assertEquals(List.of(), small.read("ok.xml", new byte[100]).problems().stream()
        .filter(p -> p.rule().equals(SchemaRules.XML_TOO_LARGE)).toList());
  }

  @Test
  void refusesTooLargeFile(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("big.xml"), new byte[2048]);
    ReadResult result = new ObjectDefinitionReader(new ReaderOptions(false, 1024)).read(file);

    assertEquals(SchemaRules.XML_TOO_LARGE, rules(result));
  }

  @Test
  void refusesTooDeepInput() {
    int depth = DocumentScanner.MAX_DEPTH + 10;
    String xml = Ddf.valid10().replace("<Name>Test Object</Name>",
        "<Name>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</Name>");
    ReadResult result = reader.read("deep.xml", Ddf.utf8(xml));

    assertEquals(SchemaRules.XML_TOO_DEEP, rules(result));
    assertTrue(result.problems().get(0).location().line() > 0);
  }

  @Test
  void reportsMissingFile(@TempDir Path dir) {
    ReadResult result = reader.read(dir.resolve("missing.xml"));

    assertEquals(SchemaRules.IO, rules(result));
  }

  @Test
  void createsJaxbContextWhateverTheContextClassLoader() throws Exception {
    // Under Maven, a processor runs with the compiler plugin's context class loader, which cannot
    // see the JAXB runtime: simulate that with a loader that sees only the JDK.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      thread.setContextClassLoader(bare);
      assertNotNull(JaxbBinding.create());
      assertEquals(bare, thread.getContextClassLoader());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
