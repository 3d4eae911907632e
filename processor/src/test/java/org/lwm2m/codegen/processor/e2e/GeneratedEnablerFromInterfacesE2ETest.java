package org.lwm2m.codegen.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.core.model.ObjectModel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.processor.testing.LeshanModels;

/**
 * {@link GeneratedEnablerE2ETest} against bindings generated from annotated interfaces written by
 * hand to be the same objects as 26241.xml and 26242.xml (src/test/resources/interfaces): same IDs,
 * names, operations, types, ranges, units, mandatory flags and texts, and the member names of the
 * interfaces generated from the XML, so every test of the suite applies unchanged. No XML is bound.
 */
class GeneratedEnablerFromInterfacesE2ETest extends GeneratedEnablerE2ETest {
  static final Path INTERFACES = Path.of("src/test/resources/interfaces");

  @Override
  GeneratedCode compileBindings(Path work, String... implementations) throws Exception {
    List<String> sources = new ArrayList<>();
    sources.add(Files.readString(INTERFACES.resolve("AllTypes.java.txt")));
    sources.add(Files.readString(INTERFACES.resolve("TestThermometer.java.txt")));
    sources.addAll(List.of(implementations));
    return GeneratedCode.compile(work, MODELS, PKG, List.of(), List.of(), sources.toArray(String[]::new));
  }

  // The groups of the suite, declared here so that test reports name this variant.
  @Nested class Read extends GeneratedEnablerE2ETest.Read {}
  @Nested class MissingOptionalResources extends GeneratedEnablerE2ETest.MissingOptionalResources {}
  @Nested class Write extends GeneratedEnablerE2ETest.Write {}
  @Nested class Execute extends GeneratedEnablerE2ETest.Execute {}
  @Nested class Observe extends GeneratedEnablerE2ETest.Observe {}
  @Nested class Create extends GeneratedEnablerE2ETest.Create {}

  /**
   * Interface -> XML -> model: the XML the processor writes for each interface is accepted by
   * Leshan's validating loader and reads as the model Leshan reads from the original XML, field by
   * field (every type and shape, operations, ranges, units, texts, resource order).
   */
  @ParameterizedTest
  @ValueSource(ints = {ALL, THERMO})
  void theXmlWrittenForEachInterfaceIsTheOriginalObject(int objectId) throws Exception {
    Path written = code.classOutput().resolve("META-INF/lwm2m/" + objectId + "-1_0.xml");
    assertTrue(Files.isRegularFile(written), "no XML written at " + written);
    ObjectModel original = leshansModel(objectId);

    List<ObjectModel> validated = LeshanModels.parseValidating(written);
    assertNotNull(validated, () -> "Leshan's validating loader rejects the written XML:\n" + read(written));
    assertEquals(1, validated.size());
    LeshanModels.assertSameModel(original, validated.get(0), objectId + " written from its interface (validating parser)");

    List<ObjectModel> trusted = LeshanModels.parseTrusting(written);
    assertEquals(1, trusted.size());
    LeshanModels.assertSameModel(original, trusted.get(0), objectId + " written from its interface (trusting parser)");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
