package org.lwm2m.codegen.schema;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.leshan.core.model.DDFFileParser;
import org.eclipse.leshan.core.model.DefaultDDFFileValidatorFactory;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;

/** Leshan's validating parser as the reference, and a field-by-field comparison with it. */
final class Leshan {

  private Leshan() {}

  /** Leshan's models for {@code content}, or null when its validating parser rejects it. */
  static List<ObjectModel> parse(String name, byte[] content) {
    try {
      DDFFileParser parser = new DDFFileParser(new DefaultDDFFileValidatorFactory());
      return parser.parse(new ByteArrayInputStream(content), name);
    } catch (Exception e) {
      // InvalidDDFFileException, and the runtime exceptions Leshan lets through on odd input.
      return null;
    }
  }

  /** Differences between our definitions and Leshan's models; empty when they agree. */
  static List<String> compare(List<ObjectDefinition> ours, List<ObjectModel> theirs) {
    List<String> diffs = new ArrayList<>();
    if (ours.size() != theirs.size()) {
      diffs.add("object count " + ours.size() + " vs " + theirs.size());
      return diffs;
    }
    for (int i = 0; i < ours.size(); i++) {
      compare(ours.get(i), theirs.get(i), diffs);
    }
    return diffs;
  }

  private static void compare(ObjectDefinition o, ObjectModel m, List<String> diffs) {
    check(diffs, "id", o.objectId(), m.id);
    check(diffs, "name", o.name(), m.name);
    check(diffs, "description", o.description1(), m.description);
    check(diffs, "version", o.effectiveObjectVersion(), m.version);
    check(diffs, "multiple", o.multiple(), m.multiple);
    check(diffs, "mandatory", o.mandatory(), m.mandatory);
    check(diffs, "urn", o.urn(), m.urn);
    check(diffs, "lwm2mVersion", o.effectiveLwm2mVersion(), m.lwm2mVersion);
    check(diffs, "description2", o.description2(), m.description2);
    Map<Integer, ResourceDefinition> byId = new LinkedHashMap<>();
    o.resources().forEach(r -> byId.put(r.id(), r));
    check(diffs, "resource count", byId.size(), m.resources.size());
    for (ResourceModel rm : m.resources.values()) {
      ResourceDefinition r = byId.get(rm.id);
      if (r == null) {
        diffs.add("resource " + rm.id + " missing");
        continue;
      }
      String p = "resource " + rm.id + " ";
      check(diffs, p + "name", r.name(), rm.name);
      check(diffs, p + "operations", name(r.operations()), name(rm.operations));
      check(diffs, p + "multiple", r.multiple(), rm.multiple);
      check(diffs, p + "mandatory", r.mandatory(), rm.mandatory);
      check(diffs, p + "type", typeName(r.type()), name(rm.type));
      check(diffs, p + "rangeEnumeration", r.rangeEnumeration(), rm.rangeEnumeration);
      check(diffs, p + "units", r.units(), rm.units);
      check(diffs, p + "description", r.description(), rm.description);
    }
  }

  /** Our CORELNK is Leshan's CORELINK; every other name is the same. */
  private static String typeName(ResourceType type) {
    return type == ResourceType.CORELNK ? "CORELINK" : name(type);
  }

  private static String name(Enum<?> e) {
    return e == null ? null : e.name();
  }

  private static void check(List<String> diffs, String what, Object ours, Object theirs) {
    if (!Objects.equals(ours, theirs)) {
      diffs.add(what + ": ours <" + ours + "> Leshan <" + theirs + ">");
    }
  }
}
