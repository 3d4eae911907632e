package org.lwm2m.codegen.processor.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.lwm2m.codegen.processor.model.RangeParser.ParsedRange;
import org.lwm2m.codegen.processor.model.RangeParser;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.Problem;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.Operations;
import org.lwm2m.codegen.schema.ResourceDefinition;
import org.lwm2m.codegen.schema.ResourceType;
import org.lwm2m.codegen.schema.Severity;

/**
 * Checks object definitions against the rules of the {@link Rule} catalogue, reporting every
 * problem with its location. One instance per build, so objects bound twice are seen.
 */
public final class ObjectValidator {
  private final Map<String, Location> seen = new HashMap<>();

  /** Checks one object; returns true when it has no error after the options (it can be generated). */
  public boolean validate(ObjectDefinition object, Diagnostics out) {
    Diagnostics found = new Diagnostics(false, Set.of());
    checkObject(object, found);
    for (ResourceDefinition r : object.resources()) {
      checkResource(object, r, found);
    }
    checkUniqueResources(object, found);
    boolean clean = true;
    for (Problem p : found.problems()) {
      Problem kept = out.add(p);
      clean &= kept == null || !kept.isError();
    }
    return clean;
  }

  private void checkObject(ObjectDefinition o, Diagnostics out) {
    int id = o.objectId();
    Location at = o.locationOf("ObjectID");
    if (id < 0 || id > 65534 || (id >= 1024 && id <= 2047) || id >= 42801) {
      out.report(Rule.OBJECT_ID_RANGE, at, "object ID " + id + " is reserved or out of range (0-1023, 2048-42800)");
    }
    String key = id + ":" + o.effectiveObjectVersion();
    Location first = seen.putIfAbsent(key, o.location());
    if (first != null) {
      out.report(
          Rule.DUPLICATE_OBJECT, o.location(),
          "object " + id + " version " + o.effectiveObjectVersion() + " is already bound from " + first);
    }
  }

  private static void checkResource(ObjectDefinition o, ResourceDefinition r, Diagnostics out) {
    Location at = r.location();
    if (r.id() < 0 || r.id() > 32768) {
      out.report(Rule.RESOURCE_ID_RANGE, at, "resource ID " + r.id() + " is outside 0-32768");
    }
    boolean executable = r.operations() == Operations.E;
    // A Type on an E resource is an error (Leshan refuses it too); the rest of its shape only
    // warns, since published registry objects break it and still bind correctly.
    ResourceType type = r.type();
    if (executable) {
      if (type != null && type != ResourceType.NONE) {
        out.report(Rule.EXECUTABLE_RESOURCE, r.locationOf("Type"), label(r) + " is executable and must have an empty Type, not " + type.xml());
      }
      if (r.multiple()) {
        out.report(Rule.EXECUTABLE_RESOURCE, Severity.WARNING, r.locationOf("MultipleInstances"), label(r) + " is executable and must be single-instance");
      }
      if (!isBlank(r.units())) {
        out.report(Rule.EXECUTABLE_RESOURCE, Severity.WARNING, r.locationOf("Units"), label(r) + " is executable and must have no units");
      }
    } else if (type == null || type == ResourceType.NONE) {
      out.report(Rule.RESOURCE_TYPE, r.locationOf("Type"), label(r) + " is not executable and must have a Type");
    } else if (type.sinceLwm2m11() && o.effectiveLwm2mVersion().equals("1.0")) {
      out.report(Rule.LWM2M11_TYPES, r.locationOf("Type"), label(r) + " has type " + type.xml() + ", which needs LwM2M 1.1 or later (the object is LwM2M 1.0)");
    }
    ParsedRange range = RangeParser.parse(r.rangeEnumeration(), type);
    if (range.warning() != null) {
      Location rangeAt = r.locationOf("RangeEnumeration");
      if (executable) {
        out.report(Rule.EXECUTABLE_RESOURCE, Severity.WARNING, rangeAt, label(r) + " is executable and must have no range");
      } else {
        out.report(Rule.RANGE_ENUMERATION, rangeAt, label(r) + ": " + range.warning());
      }
    }
  }

  private static void checkUniqueResources(ObjectDefinition o, Diagnostics out) {
    Set<Integer> ids = new HashSet<>();
    for (ResourceDefinition r : o.resources()) {
      if (!ids.add(r.id())) {
        out.report(Rule.RESOURCE_ID_UNIQUE, r.location(), "resource ID " + r.id() + " is used twice in object " + o.objectId());
      }
    }
  }

  static String label(ResourceDefinition r) {
    return "resource " + r.id() + " (" + r.name() + ")";
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
