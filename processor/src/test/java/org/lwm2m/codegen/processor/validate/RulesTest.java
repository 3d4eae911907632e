package org.lwm2m.codegen.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.codegen.processor.testing.ObjectXml.lineOfResource;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lwm2m.codegen.processor.LwM2mProcessor;
import org.lwm2m.codegen.processor.testing.ObjectXml;
import org.lwm2m.codegen.processor.testing.Skip;
import org.lwm2m.codegen.schema.Severity;

/**
 * Every rule through the processor (compile-testing): each failing input of {@link RuleCases}
 * gives exactly one diagnostic of its rule, with its severity, at {@code file:line}; each passing
 * input gives none. Then what the table cannot show: options, the once-per-build note, annotated
 * interfaces.
 */
class RulesTest {
  @TempDir Path work;

  /** Rules with no row in the table, and where they are tested instead. */
  static final Set<Rule> NOT_IN_TABLE =
      EnumSet.of(
          Rule.XML_TOO_LARGE, // CheckerTest (a 4 MiB file), and the schemas module
          Rule.IO, // the schemas module (cannot make a file unreadable when tests run as root)
          Rule.MODEL_FILE, // below and in CheckerTest
          Rule.OPTION, // below and in CheckerTest (usage errors)
          Rule.SCHEMA_LENIENT, // lenientSchemaMakes... below, CheckerTest and the schemas module (LenientReadingTest)
          Rule.LWM2M_VERSION_LENIENT, // lenientSchemaMakes... below and CheckerTest
          Rule.OUTPUT, // ecj/EcjBuildTest (a build over an earlier one's outputs) and write/FilerOutputTest
          // Interfaces only: AnnotatedInterfaceTest has a failing case on its line for each, and an
          // interface using every type and shape as the passing one.
          Rule.OBJECT_SIZE, // robustness/HostileXmlTest (1,500 resources)
          Rule.INTERFACE_TARGET,
          Rule.INTERFACE_TYPE,
          Rule.INTERFACE_SETTER,
          Rule.INTERFACE_EXECUTE,
          Rule.INTERFACE_RANGE,
          Rule.INTERFACE_REMOTE, // RemoteGenerationTest
          Rule.INTERFACE_METHOD,
          Rule.INTERNAL); // a bug: nothing triggers it

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.lwm2m.codegen.processor.validate.RuleCases#failing")
  void failingInputGivesOneDiagnosticAtItsLine(RuleCases.Failing c) throws Exception {
    Compilation compilation = compile(c.files(), c.registry());
    List<Diagnostic<? extends JavaFileObject>> found = ofRule(compilation, c.rule());
    assertEquals(1, found.size(), "one [" + c.rule().id() + "] diagnostic expected in " + compilation.diagnostics());
    Diagnostic<? extends JavaFileObject> d = found.get(0);
    assertEquals(kind(c.severity()), normal(d.getKind()), d.toString());
    String message = d.getMessage(Locale.ROOT);
    String file = work.resolve("models").resolve(c.file()).toString(); // the absolute path read
    assertTrue(message.startsWith(file + ":" + c.line() + ":"), "at " + file + ":" + c.line() + ": " + message);
    if (c.severity() == Severity.ERROR) {
      assertThat(compilation).failed();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.lwm2m.codegen.processor.validate.RuleCases#passing")
  void passingInputGivesNoDiagnosticOfTheRule(RuleCases.Passing c) throws Exception {
    Compilation compilation = compile(c.files(), c.registry());
    assertEquals(List.of(), ofRule(compilation, c.rule()), compilation.diagnostics().toString());
  }

  @Test
  void everyRuleHasFailingAndPassingCases() {
    Set<Rule> failing = RuleCases.failing().stream().map(RuleCases.Failing::rule).collect(Collectors.toSet());
    Set<Rule> passing = RuleCases.passing().stream().map(RuleCases.Passing::rule).collect(Collectors.toSet());
    for (Rule r : Rule.values()) {
      if (!NOT_IN_TABLE.contains(r)) {
        assertTrue(failing.contains(r), "no failing case for " + r.id());
        assertTrue(passing.contains(r), "no passing case for " + r.id());
      }
    }
  }

  @Test
  void theValidObjectIsCleanUnderEveryRule() throws Exception {
    assertThat(compile(Map.of(RuleCases.FILE, RuleCases.valid().toString()), false)).succeededWithoutWarnings();
  }

  @Test
  void ruleIdsAreUniqueAndDocumented() {
    Set<String> ids = EnumSet.allOf(Rule.class).stream().map(Rule::id).collect(Collectors.toSet());
    assertEquals(Rule.values().length, ids.size());
    for (Rule r : Rule.values()) {
      assertTrue(r.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.id());
      assertFalse(r.summary().isBlank(), r.id());
      assertFalse(r.example().isBlank(), r.id());
      assertEquals(r, Rule.byId(r.id()));
    }
  }

  @Test
  void theReadmeTableListsEveryRule() throws Exception {
    Path readme = Path.of("../README.md");
    Skip.unless(Files.isRegularFile(readme),
        "README rule table not checked: ../README.md not found from " + Path.of("").toAbsolutePath());
    String text = Files.readString(readme);
    String table = text.substring(text.indexOf("## Diagnostics"), text.indexOf("## Checking object XML without a build"));
    for (Rule r : Rule.values()) {
      String severity = r.defaultSeverity().name().toLowerCase(Locale.ROOT);
      assertTrue(
          Pattern.compile("\\| `" + Pattern.quote(r.id()) + "` \\| " + severity + "[ /(]").matcher(table).find(),
          "README rule table row for " + r.id() + " (" + severity + ")");
    }
  }

  // ---- options ----

  @Test
  void strictModeMakesGuidelineWarningsErrors() throws Exception {
    Compilation c = compile(Map.of(RuleCases.FILE, RuleCases.valid().name("oA Device").toString()), false, "-Alwm2m.strict=true");
    assertThat(c).failed();
    assertThat(c).hadErrorContaining(work.resolve("models/object.xml") + ":5:");
    assertThat(c).hadErrorContaining("[object-name-case]");
  }

  @Test
  void lenientSchemaMakesTheSchemaVersionDisagreementAWarning() throws Exception {
    // A 1.1 object naming LWM2M.xsd and using a 1.1 type: the reader and rule 2 both accept it leniently.
    String xml = RuleCases.valid().schema("LWM2M.xsd").resource(1, "Big", "R", "Unsigned Integer").toString();
    Compilation strict = compile(Map.of(RuleCases.FILE, xml), false);
    assertThat(strict).failed();
    assertThat(strict).hadErrorContaining(work.resolve("models/object.xml") + ":9:");
    Compilation lenient = compile(Map.of(RuleCases.FILE, xml), false, "-Alwm2m.schema=lenient");
    assertThat(lenient).succeeded();
    assertThat(lenient).hadWarningContaining("[lwm2m-version-lenient] LWM2MVersion 1.1 objects name LWM2M-v1_1.xsd");
    assertThat(lenient).hadWarningContaining("[schema-lenient] The value 'Unsigned Integer' of element 'Type' is not valid.");
    assertThat(lenient).generatedSourceFile("com.acme.TestObjectModel");
  }

  @Test
  void disabledRulesAreSilenced() throws Exception {
    String xml = RuleCases.valid().name("oA Device").toString().replace("<Description1>A test object.</Description1>", "<Description1></Description1>");
    Compilation c = compile(Map.of(RuleCases.FILE, xml), false, "-Alwm2m.disable=object-name-case, object-description");
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void theReusableResourceNoteIsGivenOncePerBuild() throws Exception {
    Path models = Files.createDirectories(work.resolve("models"));
    Files.writeString(models.resolve("a.xml"), new ObjectXml().id(26250).resource(5700, "Sensor Value", "R", "Float").toString());
    Files.writeString(models.resolve("b.xml"), new ObjectXml().id(26251).resource(5701, "Sensor Units", "R", "String").toString());
    Files.writeString(models.resolve("c.xml"), new ObjectXml().id(26252).resource(5750, "Application Type", "RW", "String").toString());
    JavaFileObject one = packageInfo("com.acme.one", "\"a.xml\", \"b.xml\"");
    JavaFileObject two = packageInfo("com.acme.two", "\"c.xml\"");
    Compilation c = javac().withProcessors(new LwM2mProcessor()).withOptions("-Alwm2m.models=" + models).compile(one, two);
    assertThat(c).succeeded();
    List<Diagnostic<? extends JavaFileObject>> notes = ofRule(c, Rule.REUSABLE_RESOURCE_UNCHECKED);
    assertEquals(1, notes.size(), c.diagnostics().toString());
    assertEquals(Diagnostic.Kind.NOTE, notes.get(0).getKind());
    assertTrue(notes.get(0).getMessage(Locale.ROOT).startsWith(models.resolve("a.xml") + ":" + lineOfResource(0, 0) + ":"), notes.get(0).toString());
    // Strict mode leaves notes notes.
    Compilation strict = javac().withProcessors(new LwM2mProcessor()).withOptions("-Alwm2m.models=" + models, "-Alwm2m.strict").compile(one, two);
    assertThat(strict).succeeded();
  }

  @Test
  void theRegistryOptionTakesAFolderHoldingCommonXml() throws Exception {
    Path registry = Files.createDirectories(work.resolve("registry"));
    Files.writeString(registry.resolve("Common.xml"), RuleCases.COMMON_XML);
    String xml = new ObjectXml().resource(5700, "Value", "R", "Float").toString();
    Compilation c = compile(Map.of(RuleCases.FILE, xml), false, "-Alwm2m.registry=" + registry);
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[reusable-resource] resource 5700 (Value) is the reusable resource 5700 of " + registry.resolve("Common.xml") + ":6:");
    assertThat(c).hadErrorContaining("its Name 'Value' differs from 'Sensor Value'");
  }

  @Test
  void anUnreadableRegistryIsAnOptionError() throws Exception {
    Compilation c = compile(Map.of(RuleCases.FILE, RuleCases.valid().toString()), false, "-Alwm2m.registry=" + work.resolve("nowhere.xml"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[option] lwm2m.registry: " + work.resolve("nowhere.xml") + " does not exist");
    Path broken = Files.writeString(work.resolve("Common.xml"), "<LWM2M><Object>");
    Compilation c2 = compile(Map.of(RuleCases.FILE, RuleCases.valid().toString()), false, "-Alwm2m.registry=" + broken);
    assertThat(c2).hadErrorContaining("[option] lwm2m.registry: " + broken + ":1:");
  }

  @Test
  void aMissingModelFileIsReported() throws Exception {
    Path models = Files.createDirectories(work.resolve("models"));
    Compilation c = javac().withProcessors(new LwM2mProcessor()).withOptions("-Alwm2m.models=" + models).compile(packageInfo("com.acme", "\"missing.xml\""));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[model-file] 'missing.xml' was not found");
  }

  // ---- annotated interfaces: the same rules, on the element at fault ----

  private static final String IMPORTS = "package com.acme;\nimport org.lwm2m.codegen.annotations.*;\n";

  @Test
  void annotatedInterfacesAreCheckedByTheSameRulesOnTheMethodAtFault() {
    String source =
        IMPORTS
            + "@LwM2mObject(id = 32010, name = \"water valve\", description = \"A valve.\", lwm2mVersion = \"1.1\")\n"
            + "public interface WaterValve {\n" // line 4
            + "  @LwM2mResource(id = 1, name = \"Flow\", operations = Operations.R, units = \"litres\", description = \"Flow.\")\n"
            + "  double flow();\n" // line 6
            + "  @LwM2mResource(id = 0, name = \"Open\", operations = Operations.R, description = \"Open.\")\n"
            + "  boolean open();\n" // line 8
            + "}\n";
    Compilation c = javac().withProcessors(new LwM2mProcessor()).compile(JavaFileObjects.forSourceString("com.acme.WaterValve", source));
    assertThat(c).succeeded();
    assertOnLine(c, Rule.OBJECT_NAME_CASE, Diagnostic.Kind.WARNING, 4); // on the interface
    assertOnLine(c, Rule.UNITS, Diagnostic.Kind.WARNING, 6);
    assertOnLine(c, Rule.RESOURCE_ID_ORDER, Diagnostic.Kind.WARNING, 8);
    assertEquals(List.of(), ofRule(c, Rule.LICENSE), "the XML writer adds the licence header");
    assertEquals(List.of(), ofRule(c, Rule.OBJECT_URN), "the derived URN is right");
  }

  @Test
  void anAnnotatedInterfaceWithAReservedIdIsAnError() {
    String source =
        IMPORTS
            + "@LwM2mObject(id = 1500, name = \"Reserved\", description = \"Reserved.\", lwm2mVersion = \"1.1\")\n"
            + "public interface Reserved {\n"
            + "  @LwM2mResource(id = 0, name = \"Open\", operations = Operations.R, description = \"Open.\")\n"
            + "  boolean open();\n"
            + "}\n";
    Compilation c = javac().withProcessors(new LwM2mProcessor()).compile(JavaFileObjects.forSourceString("com.acme.Reserved", source));
    assertThat(c).failed();
    assertOnLine(c, Rule.OBJECT_ID_RANGE, Diagnostic.Kind.ERROR, 4);
  }

  /** One diagnostic of {@code rule}, of {@code kind}, reported on the source line {@code line}. */
  private static void assertOnLine(Compilation c, Rule rule, Diagnostic.Kind kind, long line) {
    List<Diagnostic<? extends JavaFileObject>> found = ofRule(c, rule);
    assertEquals(1, found.size(), rule.id() + " in " + c.diagnostics());
    assertEquals(kind, normal(found.get(0).getKind()), found.get(0).toString());
    assertEquals(line, found.get(0).getLineNumber(), found.get(0).toString());
  }

  // ---- helpers ----

  private Compilation compile(Map<String, String> files, boolean registry, String... options) throws Exception {
    Path models = Files.createDirectories(work.resolve("models"));
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(models.resolve(f.getKey()), f.getValue());
    }
    List<String> all = new ArrayList<>(List.of("-Alwm2m.models=" + models));
    if (registry) {
      all.add("-Alwm2m.registry=" + Files.writeString(work.resolve("Common.xml"), RuleCases.COMMON_XML));
    }
    all.addAll(List.of(options));
    String entries = files.keySet().stream().map(e -> '"' + e + '"').collect(Collectors.joining(", "));
    return javac().withProcessors(new LwM2mProcessor()).withOptions(all).compile(packageInfo("com.acme", entries));
  }

  private static JavaFileObject packageInfo(String pkg, String entries) {
    return JavaFileObjects.forSourceString(
        pkg + ".package-info", "@org.lwm2m.codegen.annotations.LwM2mModels({" + entries + "})\npackage " + pkg + ";\n");
  }

  private static List<Diagnostic<? extends JavaFileObject>> ofRule(Compilation c, Rule rule) {
    return c.diagnostics().stream()
        .filter(d -> d.getMessage(Locale.ROOT).contains("[" + rule.id() + "]"))
        .collect(Collectors.toList());
  }

  private static Diagnostic.Kind kind(Severity s) {
    switch (s) {
      case ERROR:
        return Diagnostic.Kind.ERROR;
      case WARNING:
        return Diagnostic.Kind.WARNING;
      default:
        return Diagnostic.Kind.NOTE;
    }
  }

  private static Diagnostic.Kind normal(Diagnostic.Kind k) {
    return k == Diagnostic.Kind.MANDATORY_WARNING ? Diagnostic.Kind.WARNING : k;
  }
}
