package org.lwm2m.codegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.model.ResourceModel.Operations;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.junit.jupiter.api.Test;

class DescriptorsTest {
  static final SingleResource<Long> LEVEL =
      SingleResource.of(new ResourceModel(1, "Level", Operations.RW, false, true, Type.INTEGER, "0..100", "%", ""), Long.class, Checks.longRange(0, 100));
  static final SingleResource<Instant> STAMP =
      SingleResource.of(new ResourceModel(2, "Stamp", Operations.R, false, false, Type.TIME, "", "", ""), Instant.class, null);
  static final MultiResource<String> NAMES =
      MultiResource.of(new ResourceModel(3, "Names", Operations.RW, true, false, Type.STRING, "0..3 bytes", "", ""), String.class, Checks.length(0, 3));
  static final ObjectDescriptor OBJECT =
      new ObjectDescriptor(
          new ObjectModel(26299, "Test", "", "1.0", true, false, List.of(LEVEL.model(), STAMP.model(), NAMES.model()), "urn:oma:lwm2m:x:26299", "1.1", ""),
          NAMES, LEVEL, STAMP);

  @Test
  void checksNameTheResourceAndTheRule() {
    assertNull(LEVEL.check(50L));
    assertEquals("resource 1 (Level): 101 is outside the range 0..100 [range]", LEVEL.check(101L));
    assertTrue(LEVEL.checkValue("text").endsWith("[type]"), "wrong Leshan class");
    assertTrue(NAMES.check(Map.of(0, "abcd")).contains("[length]"));
    assertThrows(IllegalArgumentException.class, () -> LEVEL.require(-1L));
  }

  @Test
  void descriptorsMustMatchTheirJavaClass() {
    ResourceModel model = new ResourceModel(9, "X", Operations.R, false, false, Type.INTEGER, "", "", "");
    assertThrows(IllegalArgumentException.class, () -> SingleResource.of(model, String.class, null));
    assertThrows(IllegalArgumentException.class, () -> MultiResource.of(model, Long.class, null));
  }

  @Test
  void typedValuesComeOutOfLeshanNodes() {
    Date date = new Date(1_000_000L);
    LwM2mObjectInstance instance =
        new LwM2mObjectInstance(
            0,
            LwM2mSingleResource.newIntegerResource(1, 42L),
            LwM2mSingleResource.newDateResource(2, date),
            LwM2mMultipleResource.newStringResource(3, Map.of(1, "b", 0, "a")));
    assertEquals(42L, LEVEL.read(instance));
    assertEquals(date.toInstant(), STAMP.read(instance));
    assertEquals(List.of(0, 1), List.copyOf(NAMES.read(instance).keySet()), "sorted by instance ID");
    assertEquals(LwM2mSingleResource.newDateResource(2, date), STAMP.node(date.toInstant()));
  }

  @Test
  void wholeInstancesAreValidatedCompletely() {
    LwM2mObjectInstance bad =
        new LwM2mObjectInstance(0, LwM2mSingleResource.newIntegerResource(1, 500L), LwM2mMultipleResource.newStringResource(3, Map.of(0, "toolong")));
    List<String> problems = OBJECT.validate(bad);
    assertEquals(2, problems.size(), problems.toString());
    LwM2mObjectInstance missingMandatory = new LwM2mObjectInstance(0, LwM2mSingleResource.newDateResource(2, new Date()));
    assertEquals(List.of("resource 1 (Level) is mandatory and missing [mandatory]"), OBJECT.validate(missingMandatory));
    assertTrue(OBJECT.validate(LwM2mSingleResource.newIntegerResource(7, 1L)).contains("[unknown]"));
    assertTrue(OBJECT.validate(LwM2mSingleResource.newIntegerResource(3, 1L)).contains("[multiple]"));
  }
}
