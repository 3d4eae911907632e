package org.lwm2m.codegen.processor.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.core.model.DDFFileParser;
import org.eclipse.leshan.core.model.DefaultDDFFileValidatorFactory;
import org.eclipse.leshan.core.model.DefaultObjectModelValidator;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;

/** Leshan's own reading of object XML, and a field-by-field comparison of models (they have no equals). */
public final class LeshanModels {
  private LeshanModels() {}

  /** What Leshan's validating parser and model validator give, or null when Leshan rejects the file. */
  public static List<ObjectModel> parseValidating(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<ObjectModel> models = new DDFFileParser(new DefaultDDFFileValidatorFactory()).parse(in, file.getFileName().toString());
      new DefaultObjectModelValidator().validate(models, file.getFileName().toString());
      return models;
    } catch (Exception e) {
      return null;
    }
  }

  /** What Leshan's parser gives without any validation (it trusts the file). */
  public static List<ObjectModel> parseTrusting(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new DDFFileParser().parse(in, file.getFileName().toString());
    }
  }

  public static void assertSameModel(ObjectModel expected, ObjectModel actual, String where) {
    assertNotNull(actual, where);
    assertEquals(expected.id, actual.id, where + " id");
    assertEquals(expected.name, actual.name, where + " name");
    assertEquals(expected.description, actual.description, where + " description");
    assertEquals(expected.version, actual.version, where + " version");
    assertEquals(expected.multiple, actual.multiple, where + " multiple");
    assertEquals(expected.mandatory, actual.mandatory, where + " mandatory");
    assertEquals(expected.urn, actual.urn, where + " urn");
    assertEquals(expected.lwm2mVersion, actual.lwm2mVersion, where + " lwm2mVersion");
    assertEquals(expected.description2, actual.description2, where + " description2");
    assertEquals(new ArrayList<>(expected.resources.keySet()), new ArrayList<>(actual.resources.keySet()), where + " resource IDs in order");
    for (ResourceModel e : expected.resources.values()) {
      ResourceModel a = actual.resources.get(e.id);
      String at = where + " resource " + e.id;
      assertEquals(e.id, a.id, at);
      assertEquals(e.name, a.name, at + " name");
      assertEquals(e.operations, a.operations, at + " operations");
      assertEquals(e.multiple, a.multiple, at + " multiple");
      assertEquals(e.mandatory, a.mandatory, at + " mandatory");
      assertEquals(e.type, a.type, at + " type");
      assertEquals(e.rangeEnumeration, a.rangeEnumeration, at + " rangeEnumeration");
      assertEquals(e.units, a.units, at + " units");
      assertEquals(e.description, a.description, at + " description");
    }
  }
}
