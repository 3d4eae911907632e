package org.lwm2m.codegen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lwm2m.codegen.processor.testing.Registry;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ObjectDefinitionReader;
import org.lwm2m.codegen.schema.ReaderOptions;
import org.lwm2m.codegen.schema.ResourceDefinition;

/** The data the rules rely on, against the shared registry sample: SenML units and Common.xml. */
class RegistryDataTest {

  @Test
  void everyUnitTheRegistryUsesIsKnown() throws Exception {
    ObjectDefinitionReader reader = new ObjectDefinitionReader(ReaderOptions.lenientDefaults());
    Set<String> units = new TreeSet<>();
    for (Path file : Registry.allObjectFiles()) {
      for (ObjectDefinition o : reader.read(file).objects()) {
        for (ResourceDefinition r : o.resources()) {
          if (r.units() != null && !r.units().isBlank()) {
            units.add(r.units().strip());
          }
        }
      }
    }
    Set<String> unknown = new TreeSet<>();
    for (String u : units) {
      if (!SenmlUnits.known(u)) {
        unknown.add(u);
      }
    }
    System.out.println(units.size() + " distinct units in the registry sample: " + units);
    assertTrue(units.size() > 50, units.toString());
    assertEquals(Set.of(), unknown, "units the registry uses that the SenML list lacks");
  }

  @Test
  void unitsAreCaseSensitive() {
    assertTrue(SenmlUnits.known("mA"));
    assertTrue(!SenmlUnits.known("MA"));
    assertEquals("Cel", SenmlUnits.caseVariant("CEL"));
    assertTrue(SenmlUnits.known(" Ws "));
    assertTrue(SenmlUnits.known("TBD"));
    assertTrue(SenmlUnits.known(""));
  }

  @Test
  void commonXmlIsRead() throws Exception {
    Path registry = Registry.folder();
    CommonResources common = CommonResources.load(registry.resolve("Common.xml"));
    assertTrue(common.all().size() >= 170, "reusable resources: " + common.all().size());
    CommonResources.Definition logStart = common.get(4011);
    assertNotNull(logStart);
    assertEquals("LogStart", logStart.name());
    assertEquals("E", logStart.operations());
    assertEquals("", logStart.type());
    assertTrue(logStart.location().line() > 1, logStart.location().toString());
    assertTrue(common.all().keySet().stream().allMatch(IdRanges::reusableResourceId), "all IDs reusable");
    // A folder holding Common.xml works too.
    assertEquals(common.all().keySet(), CommonResources.load(registry).all().keySet());
  }
}
