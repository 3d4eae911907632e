package org.lwm2m.codegen.processor.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lwm2m.codegen.processor.testing.Registry;
import org.lwm2m.codegen.processor.validate.CommonResources;
import org.lwm2m.codegen.processor.validate.Rule;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.ReaderOptions;
import org.lwm2m.codegen.schema.Severity;

/**
 * Every rule over the shared OMA registry sample, through the checker's API: prints the number of
 * problems per rule and severity (the report asked for by issue 3), checks that no rule crashes on
 * any file, and that rule 20 accepts the registry's own objects against its Common.xml.
 *
 * <p>Run it alone to see the report: {@code mvn -q -o -pl processor test -Dtest=RegistryCheckTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RegistryCheckTest {

  @Test
  void problemsPerRuleOverTheRegistry() throws Exception {
    Path registry = Registry.folder();
    StringBuilder report = new StringBuilder("\nProblems per rule over " + registry + " (checker defaults: strict schema, no --registry):\n");
    Map<String, Checker.Result> results = new TreeMap<>();
    for (String folder : List.of("objects", "version_history")) {
      // Each folder is its own run: version_history repeats the current versions of objects/.
      Checker.Result result = Checker.create(Checker.Settings.defaults()).check(List.of(registry.resolve(folder)));
      results.put(folder, result);
      assertNoCrash(result);
    }
    report.append(String.format("%-22s %-8s %10s %16s%n", "rule", "severity", "objects/", "version_history/"));
    Set<String> keys = new TreeSet<>();
    results.values().forEach(r -> r.problems().forEach(p -> keys.add(key(p))));
    // A row for each rule at its default severity (zero or not), and for any other severity seen.
    for (Rule rule : Rule.values()) {
      for (Severity s : Severity.values()) {
        String key = rule.id() + " " + s.name().toLowerCase(java.util.Locale.ROOT);
        if (keys.remove(key) || s == rule.defaultSeverity()) {
          report.append(String.format("%-22s %-8s %10d %16d%n", rule.id(), s.name().toLowerCase(java.util.Locale.ROOT),
              count(results.get("objects"), key), count(results.get("version_history"), key)));
        }
      }
    }
    assertEquals(Set.of(), keys, "every problem is of a catalogued rule");
    for (Map.Entry<String, Checker.Result> e : results.entrySet()) {
      report.append(e.getKey()).append("/: ").append(e.getValue().summary())
          .append(", ").append(filesWithErrors(e.getValue())).append(" files with errors\n");
    }
    System.out.println(report);
  }

  @Test
  void theRegistryObjectsAgreeWithCommonXml() throws Exception {
    Path registry = Registry.folder();
    CommonResources common = CommonResources.load(registry);
    assertTrue(common.all().size() > 100, "Common.xml read: " + common.all().size() + " reusable resources");
    Checker checker = Checker.create(new Checker.Settings(false, true, registry.resolve("Common.xml"), Set.of()));
    Checker.Result current = checker.check(List.of(registry.resolve("objects")));
    assertNoCrash(current);
    List<Problem> currentMismatches = ofRule(current, Rule.REUSABLE_RESOURCE);
    assertEquals(List.of(), currentMismatches, "every current registry object agrees with Common.xml");
    assertTrue(usesReusableResources(registry.resolve("objects")) > 100, "the sample does use reusable resources");

    Checker.Result history = Checker.create(new Checker.Settings(false, true, registry.resolve("Common.xml"), Set.of()))
        .check(List.of(registry.resolve("version_history")));
    assertNoCrash(history);
    List<Problem> old = ofRule(history, Rule.REUSABLE_RESOURCE);
    System.out.println("\nReusable resources of older registry versions that differ from Common.xml (" + old.size() + "):");
    old.forEach(p -> System.out.println("  " + p));
    // An old version may predate a correction in Common.xml or in the object; the current version
    // of that object (objects/<id>.xml) must agree, which the assertion above already checked.
    for (Problem p : old) {
      String name = Path.of(p.location().file()).getFileName().toString();
      Path currentFile = registry.resolve("objects").resolve(name.substring(0, name.indexOf('-')) + ".xml");
      assertTrue(Files.exists(currentFile), "the current version of " + name + " is in the sample: " + p);
    }
  }

  // ---- helpers ----

  private static void assertNoCrash(Checker.Result result) {
    assertEquals(List.of(), ofRule(result, Rule.INTERNAL), "no rule crashes on any file");
    assertTrue(result.files() > 0);
    // Every file gave objects or said why not.
    Set<String> withErrors = result.problems().stream().filter(Problem::isError).map(p -> p.location().file()).collect(Collectors.toSet());
    assertTrue(result.objects() + withErrors.size() >= result.files(), result.summary());
  }

  private static long filesWithErrors(Checker.Result result) {
    return result.problems().stream().filter(Problem::isError).map(p -> p.location().file()).distinct().count();
  }

  /** How many files in {@code folder} define an object with a reusable resource. */
  private static long usesReusableResources(Path folder) throws Exception {
    ObjectDefinitionReader reader = new ObjectDefinitionReader(ReaderOptions.lenientDefaults());
    long count = 0;
    try (Stream<Path> s = Files.list(folder)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".xml")).collect(Collectors.toList())) {
        boolean uses = reader.read(f).objects().stream()
            .flatMap(o -> o.resources().stream())
            .anyMatch(r -> r.id() >= 2048 && r.id() <= 26240);
        count += uses ? 1 : 0;
      }
    }
    return count;
  }

  private static String key(Problem p) {
    return p.rule() + " " + p.severity().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static long count(Checker.Result result, String key) {
    return result.problems().stream().filter(p -> key(p).equals(key)).count();
  }

  private static List<Problem> ofRule(Checker.Result result, Rule rule) {
    return new ArrayList<>(result.problems().stream().filter(p -> p.rule().equals(rule.id())).collect(Collectors.toList()));
  }
}
