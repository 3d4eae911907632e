package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.api.Test;

/** Every registry file we accept, written back and read again. */
class RegistryRoundTripTest {

  @Test
  void writesEveryAcceptedFileBackUnchanged() throws Exception {
    ObjectDefinitionReader lenient = new ObjectDefinitionReader(ReaderOptions.lenientDefaults());
    ObjectDefinitionReader strict = new ObjectDefinitionReader();
    ObjectDefinitionWriter writer = new ObjectDefinitionWriter();
    List<String> failures = new ArrayList<>();
    int written = 0;
    int leshanBoth = 0;

    for (Path file : Registry.files()) {
      String label = Registry.label(file);
      byte[] original = Files.readAllBytes(file);
      ReadResult first = lenient.read(file);
      if (first.hasErrors()) {
        continue;
      }
      written++;
      String xml = writer.write(first.objects(), first.objects().get(0).license());
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      if (!xml.equals(writer.write(first.objects(), first.objects().get(0).license()))) {
        failures.add(label + ": output not deterministic");
      }
      ReadResult second = strict.read(label + " (written)", bytes);
      if (!second.problems().isEmpty()) {
        failures.add(label + ": written file has problems " + second.problems());
        continue;
      }
      List<ObjectDefinition> expected = first.objects().stream().map(RegistryRoundTripTest::filled).toList();
      List<ObjectDefinition> actual = second.objects().stream().map(WriterTest::content).toList();
      if (!expected.equals(actual)) {
        failures.add(label + ": read back differently");
      }
      List<ObjectModel> before = Leshan.parse(label, original);
      if (before != null) {
        List<ObjectModel> after = Leshan.parse(label, bytes);
        if (after == null) {
          failures.add(label + ": Leshan accepts the original but not the written file");
        } else {
          leshanBoth++;
          List<String> diffs = Leshan.compare(second.objects(), before);
          if (!diffs.isEmpty()) {
            failures.add(label + ": written file differs from Leshan's original model " + diffs);
          }
        }
      }
    }

    System.out.printf("Round trip: %d files written and read back; %d accepted by Leshan before "
        + "and after%n", written, leshanBoth);
    assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n",
        failures.subList(0, Math.min(20, failures.size()))));
  }

  /** What a write gives back: null RangeEnumeration, Units, Description are written empty. */
  private static ObjectDefinition filled(ObjectDefinition o) {
    ObjectDefinition c = WriterTest.content(o);
    List<ResourceDefinition> resources = c.resources().stream().map(r -> new ResourceDefinition(
        r.id(), r.name(), r.operations(), r.multiple(), r.mandatory(), r.type(),
        r.rangeEnumeration() == null ? "" : r.rangeEnumeration(),
        r.units() == null ? "" : r.units(),
        r.description() == null ? "" : r.description(), r.location(), r.elementLocations())).toList();
    return new ObjectDefinition(c.name(), c.description1(), c.objectId(), c.urn(),
        c.lwm2mVersion(), c.objectVersion(), c.multiple(), c.mandatory(), resources,
        c.description2(), null, null, c.location(), c.elementLocations());
  }
}
