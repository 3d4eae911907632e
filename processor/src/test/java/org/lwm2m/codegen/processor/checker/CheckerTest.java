package org.lwm2m.codegen.processor.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lwm2m.codegen.processor.testing.ObjectXml;
import org.lwm2m.codegen.processor.validate.Rule;
import org.lwm2m.codegen.processor.validate.RuleCases;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.Severity;

/**
 * The command-line checker: every rule of {@link RuleCases} through its API (the same problems as
 * the processor, at the same lines), then the command line itself: output format, summary, exit
 * status, options.
 */
class CheckerTest {
  private static final Pattern PROBLEM_LINE =
      Pattern.compile("^\\S+\\.xml:\\d+:\\d+: (error|warning|note): \\[[a-z0-9-]+\\] .+$");
  private static final Pattern SUMMARY = Pattern.compile("^\\d+ files, \\d+ objects, \\d+ errors, \\d+ warnings$");

  @TempDir Path work;

  // ---- the rule table, through the API ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.lwm2m.codegen.processor.validate.RuleCases#failing")
  void failingInputGivesOneProblemAtItsLine(RuleCases.Failing c) throws Exception {
    Checker.Result result = check(c.files(), c.registry());
    List<Problem> found = ofRule(result, c.rule());
    assertEquals(1, found.size(), "one [" + c.rule().id() + "] problem expected in " + result.problems());
    Problem p = found.get(0);
    assertEquals(c.severity(), p.severity(), p.toString());
    assertEquals(c.file(), Path.of(p.location().file()).getFileName().toString(), p.toString());
    assertEquals(c.line(), p.location().line(), p.toString());
    assertEquals(c.severity() == Severity.ERROR ? 1 : 0, result.exitStatus() == 1 ? 1 : 0, result.problems().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.lwm2m.codegen.processor.validate.RuleCases#passing")
  void passingInputGivesNoProblemOfTheRule(RuleCases.Passing c) throws Exception {
    Checker.Result result = check(c.files(), c.registry());
    assertEquals(List.of(), ofRule(result, c.rule()));
  }

  @Test
  void aFileOver4MiBIsRefusedUnread() throws Exception {
    Path big = work.resolve("big.xml");
    String xml = RuleCases.valid().toString();
    Files.writeString(big, xml.replace("<Object ", "<!-- " + "x".repeat(4 * 1024 * 1024) + " -->\n<Object "));
    Checker.Result result = Checker.create(Checker.Settings.defaults()).check(List.of(big));
    List<Problem> found = ofRule(result, Rule.XML_TOO_LARGE);
    assertEquals(1, found.size(), result.problems().toString());
    assertEquals(big.toString(), found.get(0).location().toString(), "no line: the file was not parsed");
  }

  // ---- the command line ----

  private record Run(int status, List<String> out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Checker.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\\R"));
    return new Run(status, lines.isEmpty() || lines.get(0).isEmpty() ? List.of() : lines, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCleanFileExitsZeroWithASummary() throws Exception {
    Path file = Files.writeString(work.resolve("clean.xml"), RuleCases.valid().toString());
    Run r = run("check", file.toString());
    assertEquals(0, r.status(), r.toString());
    assertEquals(List.of("1 files, 1 objects, 0 errors, 0 warnings"), r.out());
  }

  @Test
  void problemsArePrintedOnePerLineInFileAndLineOrderThenTheSummary() throws Exception {
    Path folder = Files.createDirectories(work.resolve("objects"));
    // b.xml: a warning (line 5) and an error (line 7); a.xml: a schema error.
    Files.writeString(folder.resolve("b.xml"), RuleCases.valid().id(1500).name("oA Device").toString());
    Files.writeString(folder.resolve("a.xml"), RuleCases.valid().toString().replace("<Operations>R</Operations>", "<Operations>X</Operations>"));
    Files.writeString(folder.resolve("notes.txt"), "not an object");
    Run r = run("check", folder.toString());
    assertEquals(1, r.status(), r.toString());
    List<String> lines = r.out();
    assertEquals("2 files, 2 objects, 2 errors, 1 warnings", lines.get(lines.size() - 1), r.toString());
    List<String> problems = lines.subList(0, lines.size() - 1);
    assertEquals(3, problems.size(), r.toString());
    for (String line : problems) {
      assertTrue(PROBLEM_LINE.matcher(line).matches(), line);
    }
    assertTrue(problems.get(0).startsWith(folder.resolve("a.xml") + ":" + ObjectXml.lineOfResource(0, 2) + ":"), problems.get(0));
    assertTrue(problems.get(0).contains(": error: [schema] "), problems.get(0));
    assertTrue(problems.get(1).startsWith(folder.resolve("b.xml") + ":5:"), problems.get(1));
    assertTrue(problems.get(1).contains(": warning: [object-name-case] "), problems.get(1));
    assertTrue(problems.get(2).startsWith(folder.resolve("b.xml") + ":7:"), problems.get(2));
    assertTrue(problems.get(2).contains(": error: [object-id-range] "), problems.get(2));
  }

  @Test
  void warningsAloneExitZeroAndStrictMakesThemErrors() throws Exception {
    Path file = Files.writeString(work.resolve("w.xml"), RuleCases.valid().name("oA Device").toString());
    Run lax = run("check", file.toString());
    assertEquals(0, lax.status(), lax.toString());
    assertTrue(lax.out().get(0).contains(": warning: [object-name-case] "), lax.toString());
    Run strict = run("check", "--strict", file.toString());
    assertEquals(1, strict.status(), strict.toString());
    assertTrue(strict.out().get(0).contains(": error: [object-name-case] "), strict.toString());
    assertEquals("1 files, 1 objects, 1 errors, 0 warnings", strict.out().get(1));
  }

  @Test
  void disableSilencesRules() throws Exception {
    Path file = Files.writeString(work.resolve("w.xml"), RuleCases.valid().id(1500).name("oA Device").toString());
    Run r = run("check", "--disable", "object-name-case,object-id-range", file.toString());
    assertEquals(0, r.status(), r.toString());
    assertEquals(List.of("1 files, 1 objects, 0 errors, 0 warnings"), r.out());
    Run eq = run("check", "--disable=object-name-case", file.toString());
    assertEquals(1, eq.status(), eq.toString());
  }

  @Test
  void lenientAcceptsElementOrderProblemsWithAWarning() throws Exception {
    String swapped =
        RuleCases.valid().toString().replace("<Operations>R</Operations>\n<MultipleInstances>Single</MultipleInstances>",
            "<MultipleInstances>Single</MultipleInstances>\n<Operations>R</Operations>");
    Path file = Files.writeString(work.resolve("order.xml"), swapped);
    assertEquals(1, run("check", file.toString()).status());
    Run lenient = run("check", "--lenient", file.toString());
    assertEquals(0, lenient.status(), lenient.toString());
    assertTrue(lenient.out().get(0).contains(": warning: [schema-lenient] "), lenient.toString());
    Path version = Files.writeString(work.resolve("version.xml"), RuleCases.valid().schema("LWM2M.xsd").toString());
    Run strictVersion = run("check", version.toString());
    assertEquals(1, strictVersion.status(), strictVersion.toString());
    assertTrue(strictVersion.out().get(0).startsWith(version + ":9:") && strictVersion.out().get(0).contains(": error: [lwm2m-version] "), strictVersion.toString());
    Run lenientVersion = run("check", "--lenient", version.toString());
    assertEquals(0, lenientVersion.status(), lenientVersion.toString());
    assertTrue(lenientVersion.out().get(0).contains(": warning: [lwm2m-version-lenient] "), lenientVersion.toString());
  }

  @Test
  void theRegistryOptionChecksReusableResources() throws Exception {
    Path common = Files.writeString(work.resolve("Common.xml"), RuleCases.COMMON_XML);
    Path file = Files.writeString(work.resolve("r.xml"), new ObjectXml().resource(5700, "Value", "R", "Float").toString());
    Run without = run("check", file.toString());
    assertEquals(0, without.status(), without.toString());
    assertTrue(without.out().get(0).contains(": note: [reusable-resource-unchecked] "), without.toString());
    Run with = run("check", "--registry", work.toString(), file.toString());
    assertEquals(1, with.status(), with.toString());
    assertTrue(with.out().get(0).startsWith(file + ":" + ObjectXml.lineOfResource(0, 1) + ":"), with.toString());
    assertTrue(with.out().get(0).contains("[reusable-resource]") && with.out().get(0).contains(common + ":6:"), with.toString());
  }

  @Test
  void theSameObjectInTwoArgumentsIsADuplicate() throws Exception {
    Path a = Files.writeString(work.resolve("a.xml"), RuleCases.valid().toString());
    Path b = Files.writeString(work.resolve("b.xml"), RuleCases.valid().toString());
    Run r = run("check", a.toString(), b.toString());
    assertEquals(1, r.status(), r.toString());
    assertTrue(r.out().get(0).startsWith(b + ":4:") && r.out().get(0).contains("[duplicate-object]"), r.toString());
  }

  @Test
  void missingFilesAndEmptyFoldersAreErrors() throws Exception {
    Path empty = Files.createDirectories(work.resolve("empty"));
    Run r = run("check", work.resolve("missing.xml").toString(), empty.toString());
    assertEquals(1, r.status(), r.toString());
    assertEquals(
        List.of(
            work.resolve("missing.xml") + ": error: [model-file] '" + work.resolve("missing.xml") + "' was not found",
            empty + ": error: [model-file] folder '" + empty + "' holds no .xml file",
            "0 files, 0 objects, 2 errors, 0 warnings"),
        r.out());
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Path file = Files.writeString(work.resolve("clean.xml"), RuleCases.valid().toString());
    for (String[] args :
        List.of(
            new String[] {},
            new String[] {"verify", file.toString()},
            new String[] {"check"},
            new String[] {"check", "--bogus", file.toString()},
            new String[] {"check", "--registry"},
            new String[] {"check", "--registry", work.resolve("nowhere").toString(), file.toString()},
            new String[] {"check", "--disable", "no-such-rule", file.toString()},
            new String[] {"check", "--strict=yes", file.toString()})) {
      Run r = run(args);
      assertEquals(2, r.status(), List.of(args) + ": " + r);
      assertTrue(r.err().startsWith("error: "), r.err());
      assertTrue(r.err().contains("usage: check"), r.err());
      assertEquals(List.of(), r.out());
    }
  }

  @Test
  void helpAndRulesExitZero() {
    Run help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.out().get(0).startsWith("usage: check"), help.toString());
    Run rules = run("rules");
    assertEquals(0, rules.status());
    Set<String> ids = rules.out().stream().map(l -> l.substring(0, l.indexOf('\t'))).collect(Collectors.toSet());
    assertEquals(Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet()), ids);
  }

  // ---- helpers ----

  private Checker.Result check(Map<String, String> files, boolean registry) throws Exception {
    Path dir = Files.createDirectories(work.resolve("in"));
    List<Path> paths = new ArrayList<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      paths.add(Files.writeString(dir.resolve(f.getKey()), f.getValue()));
    }
    Path common = registry ? Files.writeString(work.resolve("Common.xml"), RuleCases.COMMON_XML) : null;
    return Checker.create(new Checker.Settings(false, false, common, Set.of())).check(paths);
  }

  private static List<Problem> ofRule(Checker.Result result, Rule rule) {
    return result.problems().stream().filter(p -> p.rule().equals(rule.id())).collect(Collectors.toList());
  }
}
