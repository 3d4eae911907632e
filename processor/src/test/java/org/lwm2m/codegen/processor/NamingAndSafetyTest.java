package org.lwm2m.codegen.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.ObjectXml;

/**
 * Names from object XML become legal, unique, stable Java names; text from object XML never
 * becomes code; and two builds give identical sources.
 */
class NamingAndSafetyTest {
  @TempDir Path work;

  private Path models() throws Exception {
    Path dir = Files.createDirectories(work.resolve("models"));
    Files.writeString(
        dir.resolve("awkward.xml"),
        new ObjectXml().id(26260).name("3-Phase power  meter")
            .resource(0, "Class", "RW", "String")
            .resource(1, "5QI", "R", "Integer")
            .resource(2, "Package", "R", "String")
            .resource(3, "Switch", "E", "")
            .resource(4, "Value", "R", "Integer")
            .resource(5, "value", "R", "Integer")
            .resource(6, "Va-lue", "R", "Integer")
            .resource(7, "ID", "R", "Integer")
            .resource(8, "+++", "R", "Integer")
            .resource(9, "Hash Code", "E", "")
            .toString());
    Files.writeString(dir.resolve("location-a.xml"), new ObjectXml().id(26261).name("Location").resource(0, "X", "R", "Float").toString());
    Files.writeString(dir.resolve("location-b.xml"), new ObjectXml().id(26262).name("Location").resource(0, "Y", "R", "Float").toString());
    Files.writeString(dir.resolve("model-clash.xml"), new ObjectXml().id(26263).name("Location Model").resource(0, "Z", "R", "Float").toString());
    String v11 = new ObjectXml().id(26261).name("Location").urn("urn:oma:lwm2m:x:26261:1.1").resource(0, "X", "R", "Float").toString()
        .replace("<ObjectVersion>1.0</ObjectVersion>", "<ObjectVersion>1.1</ObjectVersion>");
    Files.writeString(dir.resolve("location-a-1_1.xml"), v11);
    String hostile = "Ends */ a comment, \\u000a escapes \\u002A/, <script>alert(1)</script> & \"quotes\" @param $x \u2028 line";
    Files.writeString(
        dir.resolve("hostile.xml"),
        new ObjectXml().id(26264).name("Hostile").resource(0, "Text", "R", false, "String", "\"a*/b\",\"c\\u0022d\"", "").toString()
            .replace("A test object.", hostile.replace("&", "&amp;").replace("<", "&lt;"))
            .replace("About Text.", "<![CDATA[" + hostile + "]]>"));
    return dir;
  }

  private static final List<String> ENTRIES =
      List.of("awkward.xml", "location-a.xml", "location-b.xml", "model-clash.xml", "location-a-1_1.xml", "hostile.xml");

  @Test
  void awkwardNamesBecomeLegalUniqueJavaNames() throws Exception {
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("a"), models(), "com.acme", ENTRIES, List.of())) {
      assertTrue(code.success(), code.report());
      Class<?> api = code.load("com.acme.Object3PhasePowerMeter");
      Set<String> methods = Arrays.stream(api.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet());
      assertEquals(
          Set.of("getClass0", "setClass0", "get5QI", "getPackage", "executeSwitch", "getValue", "getValue5", "getVaLue",
              "getID", "getResource8", "executeHashCode"),
          methods);
      Class<?> model = code.load("com.acme.Object3PhasePowerMeterModel");
      assertEquals(7, model.getField("ID_7").getInt(null), "a resource named ID does not take the object's ID constant");
      assertEquals(26260, model.getField("ID").getInt(null));
      // Objects sharing a name, and two versions of one object, each get their own classes.
      assertEquals(26261, code.load("com.acme.LocationModel").getField("ID").getInt(null));
      assertEquals(26262, code.load("com.acme.Location26262Model").getField("ID").getInt(null));
      assertEquals("1.1", code.load("com.acme.LocationV1_1Model").getField("VERSION").get(null));
      assertEquals(26263, code.load("com.acme.LocationModel26263Model").getField("ID").getInt(null));
    }
  }

  @Test
  void hostileTextCompilesAndStaysText() throws Exception {
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("h"), models(), "com.acme", ENTRIES, List.of())) {
      assertTrue(code.success(), code.report());
      ObjectModel model = (ObjectModel) code.load("com.acme.HostileModel").getField("MODEL").get(null);
      assertTrue(model.description.contains("*/") && model.description.contains("<script>"), "the text is kept exactly: " + model.description);
      String api = code.source("com/acme/Hostile.java");
      assertFalse(api.contains("<script>"), "HTML is escaped in Javadoc");
      assertFalse(api.replace("/**", "").replace("*/\n", "").contains("*/ a comment"), "no comment is ended early");
    }
  }

  @Test
  void twoBuildsGiveIdenticalSources() throws Exception {
    Path models = models();
    try (GeneratedCode first = GeneratedCode.compile(work.resolve("1"), models, "com.acme", ENTRIES, List.of());
        GeneratedCode second = GeneratedCode.compile(work.resolve("2"), models, "com.acme", ENTRIES, List.of())) {
      assertEquals(first.generatedSources(), second.generatedSources());
      for (Path p : first.generatedSources()) {
        assertArrayEquals(first.source(p.toString()).getBytes(), second.source(p.toString()).getBytes(), p.toString());
      }
    }
  }

  @Test
  void leshansOwnDeviceObjectIsFoundOnTheClassPath() throws Exception {
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("d"), models(), "com.acme", List.of("models/3.xml"), List.of())) {
      assertTrue(code.success(), code.report());
      assertEquals(3, code.load("com.acme.DeviceModel").getField("ID").getInt(null));
    }
  }

  @Test
  void aFolderEntryTakesEveryXmlFileInIt() throws Exception {
    Path folder = Files.createDirectories(work.resolve("models2/vendor"));
    Files.writeString(folder.resolve("a.xml"), new ObjectXml().id(26270).name("First").resource(0, "X", "R", "Float").toString());
    Files.writeString(folder.resolve("b.xml"), new ObjectXml().id(26271).name("Second").resource(0, "X", "R", "Float").toString());
    Files.writeString(folder.resolve("notes.txt"), "not an object");
    try (GeneratedCode code = GeneratedCode.compile(work.resolve("f"), work.resolve("models2"), "com.acme", List.of("vendor/"), List.of())) {
      assertTrue(code.success(), code.report());
      assertEquals(26270, code.load("com.acme.FirstModel").getField("ID").getInt(null));
      assertEquals(26271, code.load("com.acme.SecondModel").getField("ID").getInt(null));
    }
  }
}
