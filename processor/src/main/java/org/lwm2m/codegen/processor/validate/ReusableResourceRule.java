package org.lwm2m.codegen.processor.validate;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.lwm2m.codegen.processor.validate.CommonResources.Definition;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ResourceDefinition;

/**
 * Rule 20: a resource with a reusable ID (2048-26240) must be defined in the registry's
 * Common.xml, and its name, operations, type, range, units and description must equal the
 * definition there. The first differing field is reported, on its element.
 *
 * <p>Equality ignores what does not change the meaning, since the registry's own objects and
 * Common.xml differ in it: surrounding whitespace everywhere; in names, runs of whitespace and
 * letter case; in ranges, all whitespace ({@code 0 .. 100} equals {@code 0..100}); in
 * descriptions, all whitespace and letter case (Common.xml's copies lost the line breaks of the
 * objects' descriptions: {@code format\n1 : TLV} there reads {@code format1 : TLV}). Operations,
 * types and units are compared exactly ({@code mA} is not {@code MA}).
 *
 * <p>Without Common.xml the rule cannot run: the first resource with a reusable ID gets one note
 * saying so, once per validator (that is, once per build).
 */
final class ReusableResourceRule {
  private final CommonResources common;
  private boolean skipNoteGiven;

  /** {@code common} null: the rule is skipped with one note. */
  ReusableResourceRule(CommonResources common) {
    this.common = common;
  }

  void check(ObjectDefinition o, Diagnostics out) {
    for (ResourceDefinition r : o.resources()) {
      if (!IdRanges.reusableResourceId(r.id())) {
        continue;
      }
      if (common == null) {
        if (!skipNoteGiven) {
          skipNoteGiven = true;
          out.report(Message.REUSABLE_UNCHECKED, r.location(), Text.label(r));
        }
        continue;
      }
      checkAgainst(r, common.get(r.id()), out);
    }
  }

  private void checkAgainst(ResourceDefinition r, Definition d, Diagnostics out) {
    if (d == null) {
      out.report(Message.REUSABLE_UNDEFINED, r.location(), Text.label(r), common.file().getFileName());
      return;
    }
    String ops = r.operations() == null ? null : r.operations().xml();
    String type = r.type() == null ? null : r.type().xml();
    if (differs("Name", r.name(), d.name(), keyed(ReusableResourceRule::nameKey), r, d, out)
        || differs("Operations", ops, d.operations(), keyed(ReusableResourceRule::exactKey), r, d, out)
        || differs("Type", type, d.type(), keyed(ReusableResourceRule::exactKey), r, d, out)
        || differs("RangeEnumeration", r.rangeEnumeration(), d.range(), (a, b) -> Text.equalIgnoringSpace(a, b, false), r, d, out)
        || differs("Units", r.units(), d.units(), keyed(ReusableResourceRule::exactKey), r, d, out)) {
      return;
    }
    differs("Description", r.description(), d.description(), (a, b) -> Text.equalIgnoringSpace(a, b, true), r, d, out);
  }

  /** Reports and returns true when {@code mine} and {@code theirs} are not the {@code same}. */
  private boolean differs(
      String element, String mine, String theirs, BiPredicate<String, String> same,
      ResourceDefinition r, Definition d, Diagnostics out) {
    if (same.test(mine, theirs)) {
      return false;
    }
    out.report(Message.REUSABLE_CHANGED, r.locationOf(element), Text.label(r), d.id(), d.location(), element, Text.quote(mine), Text.quote(theirs));
    return true;
  }

  private static String exactKey(String s) {
    return s == null ? "" : s.strip();
  }

  private static String nameKey(String s) {
    return Text.collapse(s).toLowerCase(Locale.ROOT);
  }

  /** Equal when their keys are. */
  private static BiPredicate<String, String> keyed(Function<String, String> key) {
    return (a, b) -> Objects.equals(a, b) || key.apply(a).equals(key.apply(b));
  }
}
