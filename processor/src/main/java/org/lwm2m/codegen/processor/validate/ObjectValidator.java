package org.lwm2m.codegen.processor.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lwm2m.codegen.processor.Options;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.Problem;

/**
 * Checks object definitions against the rules of the {@link Rule} catalogue, reporting every
 * problem with its location; the same checks run for object XML and annotated interfaces (both
 * are read into {@link ObjectDefinition}s), in the processor and in the command-line checker.
 *
 * <p>The rules live in small classes by what they look at: {@link ObjectRules} (the object:
 * versions, ID, URN, name, description, mandatory, licence), {@link ResourceRules} (resources:
 * IDs, names, descriptions, types, ranges, units) and {@link ReusableResourceRule} (reusable
 * resources against the registry's Common.xml). Schema rules (xml, schema, schema-location) are
 * the reader's. This class adds the one rule across objects, {@link Rule#DUPLICATE_OBJECT}.
 *
 * <p>One instance per build, so that objects bound twice are seen and build-wide notes are given
 * once. Not thread-safe.
 */
public final class ObjectValidator {
  /** Problems of one object in source order (a stable sort: same-place problems keep rule order). */
  private static final Comparator<Problem> BY_POSITION =
      Comparator.comparingInt((Problem p) -> p.location().line())
          .thenComparingInt(p -> p.location().column());

  private final Map<String, Location> seen = new HashMap<>();
  private final ReusableResourceRule reusable;
  private final boolean lenientSchema;

  /** A validator without the registry's Common.xml (reusable resources get one note), strict schema. */
  public ObjectValidator() {
    this(null, false);
  }

  /**
   * A validator checking reusable resources against {@code common} (null: one note instead).
   *
   * @param lenientSchema as {@code lwm2m.schema=lenient}: a file naming the other schema than its
   *     LWM2MVersion needs gets a warning instead of an error (the reader accepts it then too)
   */
  public ObjectValidator(CommonResources common, boolean lenientSchema) {
    this.reusable = new ReusableResourceRule(common);
    this.lenientSchema = lenientSchema;
  }

  /**
   * A validator for the processor's options: uses the Common.xml {@code lwm2m.registry} names
   * (read, and any problem reading it reported, by {@link Options#parse}) and {@code
   * lwm2m.schema}.
   */
  public ObjectValidator(Options options) {
    this(options.commonResources(), options.lenientSchema());
  }

  /** Checks one object; returns true when it has no error after the options (it can be generated). */
  public boolean validate(ObjectDefinition object, Diagnostics out) {
    return validate(object, false, out);
  }

  /**
   * Checks an object read from an annotated interface: as {@link #validate(ObjectDefinition,
   * Diagnostics)}, but a range that is not understood is an {@link Rule#INTERFACE_RANGE} error, not
   * a warning: the interface's author can fix it, and the XML written from it would carry it.
   */
  public boolean validateInterface(ObjectDefinition object, Diagnostics out) {
    return validate(object, true, out);
  }

  private boolean validate(ObjectDefinition object, boolean fromInterface, Diagnostics out) {
    Diagnostics found = new Diagnostics(false, Set.of());
    ObjectRules.check(object, lenientSchema, found);
    ResourceRules.check(object, found);
    reusable.check(object, found);
    checkDuplicate(object, found);
    boolean clean = true;
    List<Problem> problems = new ArrayList<>(found.problems());
    problems.sort(BY_POSITION);
    for (Problem p : problems) {
      if (fromInterface && p.rule().equals(Rule.RANGE_ENUMERATION.id())) {
        p = Message.INTERFACE_RANGE.at(p.location(), strip(p.message(), "; no check"));
      }
      Problem kept = out.add(p);
      clean &= kept == null || !kept.isError();
    }
    return clean;
  }

  private static String strip(String text, String suffix) {
    return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
  }

  private void checkDuplicate(ObjectDefinition o, Diagnostics out) {
    if (o.objectId() == ObjectDefinition.UNREADABLE_ID) {
      return; // not the same object as another unreadable one
    }
    String key = o.objectId() + ":" + o.effectiveObjectVersion();
    Location first = seen.putIfAbsent(key, o.location());
    if (first != null) {
      out.report(Message.DUPLICATE_OBJECT, o.location(), o.objectId(), o.effectiveObjectVersion(), first);
    }
  }
}
