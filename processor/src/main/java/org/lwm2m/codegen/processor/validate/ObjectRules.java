package org.lwm2m.codegen.processor.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lwm2m.codegen.schema.Location;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.SchemaVersion;

/**
 * The rules about the object itself (issue 3, rows 2 to 9 and 21): LwM2M version and schema,
 * object ID range, URN, version format, name, description, mandatory objects, licence. Each
 * problem is reported on the element at fault.
 */
final class ObjectRules {
  /** The OMA guideline's limit for Description1 (it is shown in lists). */
  static final int MAX_DESCRIPTION1 = 134;

  private static final Set<String> LWM2M_VERSIONS = Set.of("1.0", "1.1", "1.2");
  private static final String URN_PREFIX = "urn:oma:lwm2m:";

  /**
   * Words that make a comment before the root a licence: the words licence texts use, and the
   * names (SPDX identifiers) of common licences, which a short header may give alone.
   */
  private static final Pattern LICENCE_WORDS =
      Pattern.compile(
          "\\b(licen[cs]\\w*|copyright|spdx|redistribution|bsd|apache|mit|[al]?gpl|mpl|epl|cc0|cc-by"
              + "|isc|unlicense|public domain)\\b");

  private ObjectRules() {}

  static void check(ObjectDefinition o, boolean lenientSchema, Diagnostics out) {
    boolean lwm2mVersionOk = checkVersionFormat(o, "LWM2MVersion", o.lwm2mVersion(), out);
    boolean objectVersionOk = checkVersionFormat(o, "ObjectVersion", o.objectVersion(), out);
    if (lwm2mVersionOk) {
      checkLwm2mVersion(o, lenientSchema, out);
    }
    boolean idOk = checkObjectId(o, out);
    if (idOk) {
      checkUrn(o, objectVersionOk, out);
      checkMandatory(o, out);
    }
    checkName(o, out);
    checkDescription(o, out);
    checkLicence(o, out);
    checkSize(o, out);
  }

  /** Generated classes hold a few statements per resource in one static initializer (64 KB). */
  static final int MAX_RESOURCES = 500;

  private static void checkSize(ObjectDefinition o, Diagnostics out) {
    if (o.resources().size() > MAX_RESOURCES) {
      out.report(Message.OBJECT_TOO_LARGE, o.locationOf("Resources"), Text.label(o), o.resources().size(), MAX_RESOURCES);
    }
  }

  // ---- 6: <major>.<minor> ----

  /** Returns whether {@code value} is absent, empty (both mean 1.0) or well formed. */
  private static boolean checkVersionFormat(
      ObjectDefinition o, String element, String value, Diagnostics out) {
    if (value == null || value.isEmpty() || isMajorMinor(value)) {
      return true;
    }
    out.report(Message.VERSION_FORMAT, o.locationOf(element), element, Text.quote(value));
    return false;
  }

  static boolean isMajorMinor(String v) {
    int dot = v.indexOf('.');
    return dot > 0 && dot < v.length() - 1 && digits(v, 0, dot) && digits(v, dot + 1, v.length());
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // ---- 2: LWM2MVersion and the schema ----

  private static void checkLwm2mVersion(ObjectDefinition o, boolean lenientSchema, Diagnostics out) {
    String v = o.effectiveLwm2mVersion();
    Location at = o.locationOf("LWM2MVersion");
    if (!LWM2M_VERSIONS.contains(v)) {
      out.report(Message.LWM2M_VERSION_UNKNOWN, at, v);
      return;
    }
    String mismatch = null;
    if (o.schema() == SchemaVersion.V1_0 && !v.equals("1.0")) {
      mismatch =
          "LWM2MVersion " + v + " objects name LWM2M-v1_1.xsd, but this file names LWM2M.xsd (the"
              + " LwM2M 1.0 schema)";
    } else if (o.schema() == SchemaVersion.V1_1 && v.equals("1.0")) {
      String absent =
          o.lwm2mVersion() == null || o.lwm2mVersion().isEmpty()
              ? " (LWM2MVersion is absent, which means 1.0)"
              : "";
      mismatch =
          "the file names LWM2M-v1_1.xsd (for LwM2M 1.1 and 1.2 objects), but the object is LwM2M"
              + " 1.0" + absent + ": name LWM2M.xsd or set LWM2MVersion";
    }
    // schema() null: annotation input, or a file naming an unknown schema (schema-location).
    if (mismatch != null) {
      if (lenientSchema) {
        out.report(Message.LWM2M_VERSION_SCHEMA_LENIENT, at, mismatch);
      } else {
        out.report(Message.LWM2M_VERSION_SCHEMA, at, mismatch);
      }
    }
  }

  // ---- 3 and 4: object ID ranges ----

  /** Returns whether the ID is valid (test IDs included), so rules depending on it can run. */
  private static boolean checkObjectId(ObjectDefinition o, Diagnostics out) {
    int id = o.objectId();
    Location at = o.locationOf("ObjectID");
    if (id == ObjectDefinition.UNREADABLE_ID) {
      return false; // the reader's [schema] error says why
    }
    if (!IdRanges.validObjectId(id)) {
      out.report(Message.OBJECT_ID_RANGE, at, id);
      return false;
    }
    if (IdRanges.testObjectId(id)) {
      out.report(Message.OBJECT_ID_TEST_RANGE, at, id);
    }
    return true;
  }

  // ---- 5: URN ----

  private static void checkUrn(ObjectDefinition o, boolean versionOk, Diagnostics out) {
    int id = o.objectId();
    String kind = IdRanges.urnKind(id);
    String version = o.effectiveObjectVersion();
    String urn = o.urn();
    Location at = o.locationOf("ObjectURN");
    String expected =
        URN_PREFIX + kind + ":" + id + (version.equals(ObjectDefinition.DEFAULT_VERSION) ? "" : ":" + version);
    if (urn == null) {
      out.report(Message.OBJECT_URN_MISSING, at, expected);
      return;
    }
    if (versionOk && urn.equals(expected)) {
      return;
    }
    if (versionOk
        && version.equals(ObjectDefinition.DEFAULT_VERSION)
        && urn.equals(expected + ":1.0")) {
      out.report(Message.OBJECT_URN_VERSION, at, Text.quote(urn), expected);
      return;
    }
    List<String> reasons = new ArrayList<>();
    String[] parts = urn.split(":", -1);
    if (!urn.startsWith(URN_PREFIX)) {
      reasons.add("it must start with " + URN_PREFIX);
    } else if (parts.length != 5 && parts.length != 6) {
      reasons.add("it has " + parts.length + " colon-separated parts, not 5 or 6");
    } else {
      if (!parts[3].equals(kind)) {
        reasons.add(
            "the kind must be '" + kind + "' for " + IdRanges.describeUrnKind(kind) + ", not "
                + Text.quote(parts[3]));
      }
      if (!parts[4].equals(Integer.toString(id))) {
        reasons.add("the ID part " + Text.quote(parts[4]) + " must be the ObjectID " + id);
      }
      if (versionOk) {
        if (!version.equals(ObjectDefinition.DEFAULT_VERSION) && parts.length == 5) {
          reasons.add("the version part is missing (ObjectVersion is " + version + ")");
        } else if (parts.length == 6 && !parts[5].equals(version)) {
          reasons.add(
              "the version part " + Text.quote(parts[5]) + " must equal the ObjectVersion "
                  + version);
        }
      }
    }
    if (reasons.isEmpty()) {
      if (!versionOk) {
        return; // the ObjectVersion is not <major>.<minor> (version-format) and the rest is right
      }
      reasons.add("it does not match the ObjectID and ObjectVersion");
    }
    if (!versionOk) {
      expected = URN_PREFIX + kind + ":" + id + "[:{ObjectVersion}]";
    }
    out.report(Message.OBJECT_URN_WRONG, at, Text.quote(urn), expected, String.join("; ", reasons));
  }

  // ---- 7: name ----

  private static void checkName(ObjectDefinition o, Diagnostics out) {
    Location at = o.locationOf("Name");
    if (Text.isBlank(o.name())) {
      out.report(Message.OBJECT_NAME, at, Text.label(o));
      return;
    }
    List<String> words = Capitalisation.uncapitalisedWords(o.name());
    if (!words.isEmpty()) {
      out.report(Message.OBJECT_NAME_CASE, at, Text.quote(o.name()), wordsMessage(words));
    }
  }

  static String wordsMessage(List<String> words) {
    StringBuilder quoted = new StringBuilder();
    for (String w : words) {
      quoted.append(quoted.length() == 0 ? "" : ", ").append(Text.quote(w));
    }
    return (words.size() == 1 ? "word " + quoted + " is" : "words " + quoted + " are")
        + " not capitalised (OMA guideline: each word starts with a capital letter)";
  }

  // ---- 8: description ----

  private static void checkDescription(ObjectDefinition o, Diagnostics out) {
    Location at = o.locationOf("Description1");
    String text = Text.collapse(o.description1());
    if (text.isEmpty()) {
      out.report(Message.OBJECT_DESCRIPTION_MISSING, at, Text.label(o));
      return;
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_DESCRIPTION1) {
      out.report(Message.OBJECT_DESCRIPTION_LONG, at, length, MAX_DESCRIPTION1);
    }
  }

  // ---- 9: mandatory objects ----

  private static void checkMandatory(ObjectDefinition o, Diagnostics out) {
    if (o.mandatory() && o.objectId() > IdRanges.MAX_OMA_OBJECT) {
      out.report(Message.MANDATORY_OBJECT, o.locationOf("Mandatory"), Text.label(o));
    }
  }

  // ---- 21: licence ----

  private static void checkLicence(ObjectDefinition o, Diagnostics out) {
    String licence = o.license();
    if (licence == null && o.schema() == null) {
      // Annotation input: the writer puts the lwm2m.license header on the XML it writes.
      return;
    }
    Location at = new Location(o.location().file(), 1, 1);
    if (licence == null) {
      out.report(Message.LICENSE_MISSING, at);
      return;
    }
    // Matched on ASCII-lowercased text: the same as a case-insensitive (ASCII) match, and faster.
    if (LICENCE_WORDS.matcher(Text.asciiLowerCase(licence)).find()) {
      return;
    }
    out.report(Message.LICENSE_UNNAMED, at);
  }
}
