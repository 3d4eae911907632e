package org.lwm2m.codegen.processor.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lwm2m.codegen.processor.model.RangeParser;
import org.lwm2m.codegen.processor.model.RangeParser.ParsedRange;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.Operations;
import org.lwm2m.codegen.schema.ResourceDefinition;
import org.lwm2m.codegen.schema.ResourceType;

/**
 * The rules about an object's resources (issue 3, rows 10 to 19): unique, valid and ordered IDs,
 * names, descriptions, the shape of executable resources, types, ranges and units. Each problem is
 * reported on the element at fault.
 */
final class ResourceRules {
  private ResourceRules() {}

  static void check(ObjectDefinition o, Diagnostics out) {
    checkIds(o, out);
    for (ResourceDefinition r : o.resources()) {
      checkName(r, out);
      checkDescription(r, out);
      checkTypeAndShape(o, r, out);
      checkUnits(r, out);
    }
  }

  // ---- 10, 11, 12: IDs ----

  private static void checkIds(ObjectDefinition o, Diagnostics out) {
    Set<Integer> ids = new HashSet<>();
    ResourceDefinition previous = null;
    boolean orderReported = false;
    for (ResourceDefinition r : o.resources()) {
      if (r.id() == ObjectDefinition.UNREADABLE_ID) {
        continue; // the reader's [schema] error says why
      }
      if (!IdRanges.validResourceId(r.id())) {
        out.report(Message.RESOURCE_ID_RANGE, r.location(), r.id());
      }
      if (!ids.add(r.id())) {
        out.report(Message.RESOURCE_ID_UNIQUE, r.location(), r.id(), Text.label(o));
      }
      if (previous != null && r.id() < previous.id() && !orderReported) {
        orderReported = true; // once per object: the first place to fix
        out.report(Message.RESOURCE_ID_ORDER, r.location(), Text.label(r), Text.label(previous));
      }
      previous = r;
    }
  }

  // ---- 13, 14: names and descriptions ----

  private static void checkName(ResourceDefinition r, Diagnostics out) {
    Location at = r.locationOf("Name");
    if (Text.isBlank(r.name())) {
      out.report(Message.RESOURCE_NAME, at, r.id());
      return;
    }
    if (IdRanges.reusableResourceId(r.id())) {
      return; // the registry's Common.xml fixes the names of reusable resources (rule 20)
    }
    List<String> words = Capitalisation.uncapitalisedWords(r.name());
    if (!words.isEmpty()) {
      out.report(Message.RESOURCE_NAME_CASE, at, r.id(), Text.quote(r.name()), ObjectRules.wordsMessage(words));
    }
  }

  private static void checkDescription(ResourceDefinition r, Diagnostics out) {
    if (Text.isBlank(r.description())) {
      out.report(Message.RESOURCE_DESCRIPTION, r.locationOf("Description"), Text.label(r));
    }
  }

  // ---- 15, 16, 17, 18: executable shape, types, ranges ----

  private static void checkTypeAndShape(ObjectDefinition o, ResourceDefinition r, Diagnostics out) {
    boolean executable = r.operations() == Operations.E;
    // A Type on an E resource is an error (Leshan refuses it too); the rest of its shape only
    // warns, since published registry objects break it and still bind correctly.
    ResourceType type = r.type();
    if (executable) {
      if (type != null && type != ResourceType.NONE) {
        out.report(Message.EXECUTABLE_TYPE, r.locationOf("Type"), Text.label(r), type.xml());
      }
      if (r.multiple()) {
        out.report(Message.EXECUTABLE_MULTIPLE, r.locationOf("MultipleInstances"), Text.label(r));
      }
      if (!Text.isBlank(r.units())) {
        out.report(Message.EXECUTABLE_UNITS, r.locationOf("Units"), Text.label(r));
      }
    } else if (type == null || type == ResourceType.NONE) {
      out.report(Message.RESOURCE_TYPE, r.locationOf("Type"), Text.label(r));
    } else if (type.sinceLwm2m11() && o.effectiveLwm2mVersion().equals("1.0")) {
      out.report(Message.LWM2M11_TYPE, r.locationOf("Type"), Text.label(r), type.xml());
    }
    if (executable) {
      if (!Text.isBlank(r.rangeEnumeration())) {
        out.report(Message.EXECUTABLE_RANGE, r.locationOf("RangeEnumeration"), Text.label(r));
      }
      return;
    }
    ParsedRange range = RangeParser.parse(r.rangeEnumeration(), type);
    if (range.warning() != null) {
      out.report(Message.RANGE_NOT_UNDERSTOOD, r.locationOf("RangeEnumeration"), Text.label(r), range.warning());
    }
  }

  // ---- 19: units ----

  /**
   * Units must be SenML units, {@code Ws}, {@code TBD} or blank, and only on numeric resources:
   * Integer, Unsigned Integer, Float and Time (a Time is a number of seconds, and registry objects
   * give Time resources the unit {@code s}). Units on E resources are rule 15's.
   */
  private static void checkUnits(ResourceDefinition r, Diagnostics out) {
    if (r.operations() == Operations.E || Text.isBlank(r.units())) {
      return;
    }
    Location at = r.locationOf("Units");
    ResourceType type = r.type();
    if (type == null || type == ResourceType.NONE) {
      return; // rule 16 reports the missing type
    }
    if (!type.numeric() && type != ResourceType.TIME) {
      out.report(Message.UNITS_ON_TYPE, at, Text.label(r), Text.quote(r.units()), type.xml());
      return;
    }
    if (!SenmlUnits.known(r.units())) {
      String variant = SenmlUnits.caseVariant(r.units());
      out.report(Message.UNITS_NOT_SENML, at, Text.label(r), Text.quote(r.units()), variant == null ? "" : "; did you mean '" + variant + "'?");
    }
  }
}
