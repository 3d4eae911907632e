package org.lwm2m.codegen.processor.robustness;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Structured mutations of object definition XML, for fuzzing: elements dropped, duplicated,
 * reordered, emptied or moved; extreme, negative, non-numeric and huge values in IDs, versions
 * and ranges; odd Unicode (RTL marks, control characters as character references, surrogate
 * pairs, U+2028/U+2029, a BOM in the middle); CDATA and comment tricks; encodings; truncation
 * at a random offset. Deterministic: the same seed document and {@link Random} give the same
 * result. Works on the text (so a registry file keeps its CRLFs, BOM and CDATA) with a small
 * tag tokenizer, re-run after every mutation.
 */
final class XmlMutator {

  /** One applied mutation, for the case's description. */
  record Applied(String operator, String detail) {
    @Override
    public String toString() {
      return detail.isEmpty() ? operator : operator + "(" + detail + ")";
    }
  }

  /** A mutated document: its bytes and what was done to it. */
  record Mutant(byte[] bytes, List<Applied> applied) {
    String description() {
      return applied.stream().map(Applied::toString).collect(Collectors.joining(" + "));
    }
  }

  // --- value pools -------------------------------------------------------------------------------

  static final String HUGE_DIGITS = "9".repeat(5000);

  static final List<String> NUMBERS = List.of(
      "-1", "0", "1", "65534", "65535", "65536", "-32768", "32768", "32769", "2147483647", "2147483648",
      "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
      "18446744073709551615", "18446744073709551616", "1e3", "1E+400", "-0", "+1", "0x1F", "NaN", "Infinity",
      "-Infinity", "1.5", "1,5", "\u0663", "\uFF12\uFF16\uFF12\uFF14\uFF11", "", " ", "abc", "1 2", HUGE_DIGITS,
      "0".repeat(100) + "1", " 42 ", "\t7\n", "1_000", "&#50;&#54;&#50;&#52;&#49;", "26241<!-- c -->",
      "<![CDATA[26241]]>", "26<!---->241", "4\u200F2", "1024", "2047", "42769", "42800", "42801", "10241");

  static final List<String> VERSIONS = List.of(
      "1.0", "1.1", "1.2", "2.0", "0.0", "1", "1.", ".1", "1.0.0", "01.01", "-1.0", "1.99999999999999999999",
      "99999999999999999999.1", "abc", "", " 1.1 ", "1,0", "1.0a", "\u2074.\u2070", "1.0\u2028", HUGE_DIGITS + ".0",
      "1." + HUGE_DIGITS, "NaN", "1e1", "1.0 ");

  static final List<String> RANGES = List.of(
      "0..100", "-10..100", "100..0", "-30..-120", "0..18446744073709551615",
      "-9223372036854775808..9223372036854775807", "-9223372036854775809..9223372036854775808", "0..1e308",
      "-1e309..1e309", "NaN..1", "0..NaN", "Infinity..-Infinity", "1...15", "0-255", "0 - 255", "-5--1", "1,2,4",
      "1,,2", "1,2,", ",", "\"a\",\"b\"", "\"\"", "\"a", "'x','y'", "a,b,c", "0: OFF\n1: ON", "0: OFF\r\n1:", "0..255 bytes",
      "1..64 Bytes", "32 bytes", "-5 bytes", "99999999999999999999 bytes", "2147483647 bytes", "2147483648 bytes",
      "0..0", "5", "..", "...", "0..", "..5", "0;3.8..20.5", "0..247, 255", "ON;OFF", "<7 to >12.5", "2 Instances",
      "1e2..1e3", "0x00..0xFF", "0.000001..1.0", "1.0..0.000001", "-0..0", "0..-0", "  ", "1..2..3", "1.5..1.5",
      IntStream.range(0, 3000).mapToObj(Integer::toString).collect(Collectors.joining(",")),
      "0".repeat(1000) + "..1", "1.7976931348623157E308..1.7976931348623159E308", "4.9E-324..5E-324",
      "0.1..0.2 bytes", "\u0661..\u0669", "0..10\u2028", "true,false", "\"a*/b\",\"c\\u0022d\"", "\"\u202Eevil\"",
      "-1..1 bytes", "10..5 bytes", "0..65535 bytes", "1000000..1000001 bytes", "18446744073709551615",
      "-18446744073709551615..0", "0..4294967295");

  static final List<String> TOKENS_OPERATIONS = List.of("R", "W", "RW", "E", "", "RWE", "r", " R", "RW ", "X", "WR", "E ");
  static final List<String> TOKENS_MULTIPLE = List.of("Single", "Multiple", "single", "", "Both", "Single ", "MULTIPLE");
  static final List<String> TOKENS_MANDATORY = List.of("Mandatory", "Optional", "mandatory", "", "Yes", " Optional");
  static final List<String> TOKENS_TYPE = List.of(
      "String", "Integer", "Unsigned Integer", "Float", "Boolean", "Opaque", "Time", "Objlnk", "Corelnk", "", "string",
      "Unsigned  Integer", "Double", "Objlink", "Integer ", "Opaque\n");
  static final List<String> NAMES = List.of(
      "class", "Class", "getClass", "hashCode", "Object", "String", "5G", "3-Phase", "", " ", "+++", "_", "$", "\u00A0",
      "Name\u200F\u202E", "\uD83D\uDE00 Smile", "\u6E29\u5EA6", "Java Lang", "int", "Resources", "In Memory", "ID",
      "MODEL", "Model", "Enabler", "Validator", "a".repeat(10_000), "Value\u2028Line", "Tab\tName", "null", "true",
      "record", "var", "yield", "sealed", "_1", "Package", "Switch", "Record", "enum", "assert", "goto", "const",
      "Generated", "List", "Arguments", "Override", "System", "InMemory", "getClass ", "Reset", "Set Change Listener",
      "\u0130stanbul", "\u00DF", "\uFB01", "Dz\u01C4");
  static final List<String> UNITS = List.of("Cel", "%", "/", "", " ", "m/s\u00B2", "\u00B0C", "*/", "\\u002a/", "TBD", "Ws",
      "a".repeat(2000), "\u2028", "&lt;script&gt;");
  static final List<String> URNS = List.of(
      "urn:oma:lwm2m:x:26241", "urn:oma:lwm2m:oma:3", "urn:oma:lwm2m:ext:3303", "urn:oma:lwm2m:x:26241:1.1",
      "urn:oma:lwm2m:x:26241:1.0", "urn:oma:lwm2m:x:", "urn:oma:lwm2m:x:26241:", "urn:oma:lwm2m:y:1", "", "urn",
      "urn:oma:lwm2m:x:" + HUGE_DIGITS, "URN:OMA:LWM2M:X:26241", "urn:oma:lwm2m:x:26241:1.0:extra",
      "urn:oma:lwm2m:x:-1", "urn:oma:lwm2m:x:\uFF12\uFF16");
  static final List<String> SCHEMA_LOCATIONS = List.of(
      "http://www.openmobilealliance.org/tech/profiles/LWM2M.xsd",
      "http://www.openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd",
      "http://openmobilealliance.org/tech/profiles/LWM2M-v1_1.xsd", "LWM2M-v1_2.xsd", "", " LWM2M.xsd ",
      "lwm2m.XSD", "/", "http://127.0.0.1:9/LWM2M.xsd", "file:///etc/passwd", "LWM2M-v1_1.xsd#x", "LWM2M-v1_1.xsd?");

  /** Odd characters inserted into text: written as they are (XML-escaped where needed) or as references. */
  static final List<String> ODD = List.of(
      "\u200F", "\u202E", "\u202D", "\u200E", "\u200B", "\u200D", "\u2028", "\u2029", "\uFEFF", "\u00A0", "\u0085",
      "\uD83D\uDE00", "\uD835\uDD38", "\uDBFF\uDFFD", "e\u0301", "\u0300", "\u001F",
      "&#1;", "&#8;", "&#11;", "&#12;", "&#27;", "&#31;", "&#x7F;", "&#x85;", "&#x9F;", "&#xD800;", "&#xDFFF;",
      "&#xFFFE;", "&#xFFFF;", "&#x10FFFF;", "&#x1F600;", "&#x2028;", "&#x2029;", "&#xFEFF;", "&#x110000;",
      "&#99999999999;", "&#;", "&#x;", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&xxe;", "&#9;", "&#10;",
      "&#13;", "\t", "\r\n", "\r", "*/", "/*", "\\u000a", "\\u0022", "\\u002a/", "\"", "'", "@param", "{@code x}",
      "<![CDATA[ok]]>", "]]>", "]]]]><![CDATA[>", "<!-- c -->", "<!-- a -- b -->", "<!--->", "<?pi data?>",
      "<?xml version=\"1.0\"?>", "<br/>", "</Name>", "<", "&", "\uFFFD", "\uE000", "\uF8FF");

  private static final Pattern TOKEN = Pattern.compile(
      "<!--.*?-->|<!\\[CDATA\\[.*?\\]\\]>|<\\?.*?\\?>|<!DOCTYPE[^>]*>"
          + "|<(/?)([A-Za-z_][\\w.:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>",
      Pattern.DOTALL);

  /** An element found by the tokenizer: offsets into the text. */
  record El(String name, int start, int openEnd, int closeStart, int end, int parent, int depth) {
    boolean selfClosing() {
      return openEnd == end;
    }
  }

  private final Random random;
  private final List<Applied> applied = new ArrayList<>();
  private String text;
  private boolean rawBytes;
  private byte[] bytes;

  private XmlMutator(String text, Random random) {
    this.text = text;
    this.random = random;
  }

  /**
   * Applies 1 to 4 mutations (more rarely) to {@code seed}, sometimes truncating the result, and
   * sometimes changing its encoding.
   */
  static Mutant mutate(byte[] seed, Random random) {
    XmlMutator m = new XmlMutator(new String(seed, StandardCharsets.UTF_8), random);
    if (random.nextInt(25) == 0) {
      m.applied.add(new Applied("none", "seed as is"));
      return m.result();
    }
    int count = 1 + (random.nextInt(3) == 0 ? random.nextInt(4) : random.nextInt(2));
    for (int i = 0; i < count; i++) {
      m.applyOne();
    }
    if (random.nextInt(12) == 0) {
      m.encoding();
    }
    if (random.nextInt(10) == 0) {
      m.truncate();
    }
    return m.result();
  }

  private Mutant result() {
    byte[] out = rawBytes ? bytes : text.getBytes(StandardCharsets.UTF_8);
    return new Mutant(out, List.copyOf(applied));
  }

  private void applyOne() {
    List<BiFunction<XmlMutator, List<El>, String>> ops = List.of(
        XmlMutator::drop, XmlMutator::duplicate, XmlMutator::reorder, XmlMutator::empty, XmlMutator::value,
        XmlMutator::value, XmlMutator::value, XmlMutator::attribute, XmlMutator::odd, XmlMutator::odd,
        XmlMutator::cdata, XmlMutator::comment, XmlMutator::move, XmlMutator::rename, XmlMutator::structure,
        XmlMutator::manyItems, XmlMutator::typedRange, XmlMutator::typedRange, XmlMutator::typedRange, XmlMutator::text,
        XmlMutator::text);
    for (int attempt = 0; attempt < 8; attempt++) {
      List<El> els = elements(text);
      String before = text;
      String what = ops.get(random.nextInt(ops.size())).apply(this, els);
      if (what != null && !text.equals(before)) {
        return;
      }
      text = before;
      if (what != null) {
        applied.remove(applied.size() - 1);
      }
    }
    flipBytes();
  }

  // --- the tokenizer -------------------------------------------------------------------------------

  /** The complete elements of {@code text}, in document order (parents before children). */
  static List<El> elements(String text) {
    Deque<int[]> open = new ArrayDeque<>(); // {start, openEnd, index into names}
    List<String> names = new ArrayList<>();
    List<int[]> pending = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    List<El> result = new ArrayList<>();
    while (m.find()) {
      if (m.group(2) == null) {
        continue; // comment, CDATA, PI, DOCTYPE
      }
      String name = m.group(2);
      boolean closing = !m.group(1).isEmpty();
      boolean selfClosing = !m.group(4).isEmpty();
      if (closing) {
        if (open.isEmpty() || !names.get(open.peek()[2]).equals(name)) {
          break; // not well-formed from here: keep what is complete
        }
        int[] o = open.pop();
        pending.get(o[2])[2] = m.start();
        pending.get(o[2])[3] = m.end();
      } else {
        int index = names.size();
        names.add(name);
        int parent = open.isEmpty() ? -1 : open.peek()[2];
        pending.add(new int[] {m.start(), m.end(), -1, -1, parent, open.size()});
        if (selfClosing) {
          pending.get(index)[2] = m.end();
          pending.get(index)[3] = m.end();
        } else {
          open.push(new int[] {m.start(), m.end(), index});
        }
      }
    }
    // Re-index parents over the complete elements only.
    int[] newIndex = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      int[] p = pending.get(i);
      if (p[3] < 0) {
        newIndex[i] = -1;
        continue;
      }
      newIndex[i] = result.size();
      int parent = p[4] < 0 ? -1 : newIndex[p[4]];
      result.add(new El(names.get(i), p[0], p[1], p[2], p[3], parent, p[5]));
    }
    return result;
  }

  private boolean isLeaf(List<El> els, int i) {
    El e = els.get(i);
    for (El c : els) {
      if (c.parent() == i) {
        return false;
      }
    }
    return !e.selfClosing();
  }

  private int pick(List<El> els, java.util.function.IntPredicate accept) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < els.size(); i++) {
      if (accept.test(i)) {
        candidates.add(i);
      }
    }
    return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
  }

  private int pickNamed(List<El> els, String... names) {
    List<String> wanted = List.of(names);
    return pick(els, i -> wanted.contains(els.get(i).name()));
  }

  private String record(String operator, String detail) {
    applied.add(new Applied(operator, detail));
    return detail;
  }

  private void replace(int from, int to, String with) {
    text = text.substring(0, from) + with + text.substring(to);
  }

  private <T> T any(List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  // --- operators -----------------------------------------------------------------------------------

  private String drop(List<El> els) {
    int i = pick(els, x -> els.get(x).depth() > 0 || random.nextInt(20) == 0);
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    replace(e.start(), e.end(), "");
    return record("drop", e.name());
  }

  private String duplicate(List<El> els) {
    int i = pick(els, x -> els.get(x).depth() > 0);
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    String copy = text.substring(e.start(), e.end());
    int times = random.nextInt(6) == 0 ? 2 + random.nextInt(5) : 1;
    replace(e.end(), e.end(), copy.repeat(times));
    return record("duplicate", e.name() + (times > 1 ? " x" + (times + 1) : ""));
  }

  /** Swaps two siblings. */
  private String reorder(List<El> els) {
    int a = pick(els, x -> els.get(x).depth() > 0);
    if (a < 0) {
      return null;
    }
    int parent = els.get(a).parent();
    int b = pick(els, x -> x != a && els.get(x).parent() == parent);
    if (b < 0) {
      return null;
    }
    El first = els.get(Math.min(a, b));
    El second = els.get(Math.max(a, b));
    String s1 = text.substring(first.start(), first.end());
    String s2 = text.substring(second.start(), second.end());
    text = text.substring(0, first.start()) + s2 + text.substring(first.end(), second.start()) + s1 + text.substring(second.end());
    return record("reorder", first.name() + "<->" + second.name());
  }

  /** Moves an element to another parent (or to the top level). */
  private String move(List<El> els) {
    int a = pick(els, x -> els.get(x).depth() > 1);
    if (a < 0) {
      return null;
    }
    El e = els.get(a);
    int target = pick(els, x -> x != e.parent() && !isLeaf(els, x) && !(els.get(x).start() >= e.start() && els.get(x).end() <= e.end()));
    if (target < 0) {
      return null;
    }
    El t = els.get(target);
    String piece = text.substring(e.start(), e.end());
    // Insert first (later offsets), then delete, taking care of the order of offsets.
    int at = t.closeStart();
    if (at >= e.end()) {
      replace(at, at, piece);
      replace(e.start(), e.end(), "");
    } else {
      replace(e.start(), e.end(), "");
      replace(at, at, piece);
    }
    return record("move", e.name() + "->" + t.name());
  }

  private String empty(List<El> els) {
    int i = pick(els, x -> !els.get(x).selfClosing());
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    if (random.nextBoolean()) {
      replace(e.start(), e.end(), text.substring(e.start(), e.openEnd() - 1) + "/>");
      return record("empty", e.name() + "/>");
    }
    replace(e.openEnd(), e.closeStart(), random.nextBoolean() ? "" : "  \r\n ");
    return record("empty", e.name());
  }

  private String value(List<El> els) {
    int i = pick(els, x -> isLeaf(els, x));
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    String v;
    switch (e.name()) {
      case "ObjectID":
        v = any(NUMBERS);
        break;
      case "LWM2MVersion":
      case "ObjectVersion":
        v = any(VERSIONS);
        break;
      case "RangeEnumeration":
        v = escape(any(RANGES));
        break;
      case "Operations":
        v = any(TOKENS_OPERATIONS);
        break;
      case "MultipleInstances":
        v = any(TOKENS_MULTIPLE);
        break;
      case "Mandatory":
        v = any(TOKENS_MANDATORY);
        break;
      case "Type":
        v = any(TOKENS_TYPE);
        break;
      case "Name":
        v = escape(any(NAMES));
        break;
      case "Units":
        v = any(UNITS);
        break;
      case "ObjectURN":
        v = any(URNS);
        break;
      default:
        v = escape(random.nextBoolean() ? any(NAMES) : any(RANGES));
    }
    replace(e.openEnd(), e.closeStart(), v);
    return record("value", e.name() + "=" + shorten(v));
  }

  private String attribute(List<El> els) {
    switch (random.nextInt(7)) {
      case 0: {
        int i = pickNamed(els, "Item");
        if (i < 0) {
          return null;
        }
        El e = els.get(i);
        String open = text.substring(e.start(), e.openEnd());
        String v = any(NUMBERS);
        String changed = open.replaceFirst("ID=\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("ID=\"" + attr(v) + "\""));
        replace(e.start(), e.openEnd(), changed);
        return record("attribute", "ID=" + shorten(v));
      }
      case 1: {
        int i = pickNamed(els, "Item", "Object");
        if (i < 0) {
          return null;
        }
        El e = els.get(i);
        String open = text.substring(e.start(), e.openEnd());
        String changed = open.replaceFirst("\\s(ID|ObjectType)=\"[^\"]*\"", "");
        replace(e.start(), e.openEnd(), changed);
        return record("attribute", "removed from " + e.name());
      }
      case 2: {
        int i = pick(els, x -> true);
        if (i < 0) {
          return null;
        }
        El e = els.get(i);
        String[] extra = {" ID=\"1\"", " ObjectType=\"x\"", " foo=\"bar\"", " xml:lang=\"en\"", " xmlns=\"urn:evil\"",
            " xmlns:p=\"urn:p\" p:ID=\"3\"", " ID=\"1\" ID=\"2\"", " xsi:type=\"xs:string\"", " a='&#x2028;'"};
        String add = any(List.of(extra));
        int at = e.openEnd() - (e.selfClosing() ? 2 : 1);
        replace(at, at, add);
        return record("attribute", "add" + add + " on " + e.name());
      }
      case 3: {
        String v = any(SCHEMA_LOCATIONS);
        String changed = text.replaceFirst("noNamespaceSchemaLocation=\"[^\"]*\"",
            java.util.regex.Matcher.quoteReplacement("noNamespaceSchemaLocation=\"" + attr(v) + "\""));
        if (changed.equals(text)) {
          return null;
        }
        text = changed;
        return record("attribute", "schema=" + v);
      }
      case 4: {
        text = text.replaceFirst("\\s+xsi:noNamespaceSchemaLocation=\"[^\"]*\"", "");
        return record("attribute", "no schema location");
      }
      case 5: {
        text = text.replaceFirst("xmlns:xsi=\"[^\"]*\"", random.nextBoolean() ? "" : "xmlns:xsi=\"urn:not-xsi\"");
        return record("attribute", "xsi namespace");
      }
      default: {
        int i = pickNamed(els, "Object");
        if (i < 0) {
          return null;
        }
        El e = els.get(i);
        String open = text.substring(e.start(), e.openEnd());
        replace(e.start(), e.openEnd(), open.replaceFirst("ObjectType=\"[^\"]*\"", "ObjectType=\"" + any(List.of("", "X", "MODefinition ", "modefinition")) + "\""));
        return record("attribute", "ObjectType");
      }
    }
  }

  static final List<String> VALID_TYPES = List.of(
      "String", "Integer", "Unsigned Integer", "Float", "Boolean", "Opaque", "Time", "Objlnk", "Corelnk");

  /** Texts that could become code if they were not escaped. */
  static final List<String> INJECTIONS = List.of(
      "*/ static { System.setProperty(\"pwned\", \"1\"); } /*", "\\u002a/ static { System.setProperty(\"pwned\", \"2\"); } /\\u002a",
      "\"); static { System.setProperty(\"pwned\", \"3\"); } //", "\\u0022); System.setProperty(\"pwned\", \"4\"); //", "\\u000a static {}",
      "</p><script>alert(1)</script>", "{@code x} {@link java.lang.Runtime#exec}", "@Deprecated", "\n@return x",
      "line\u2028separator\u2029paragraph", "a\rb\nc\r\nd", "$L $S $T $N $$", "%s %d %n", "\\", "\\\\u0041", "\\uuuu0041");

  /**
   * Gives one resource a valid type and a range from the pool: the mutation that reaches the range
   * parser, the generated checks and the in-memory initial values while keeping the file valid.
   */
  private String typedRange(List<El> els) {
    int item = pickNamed(els, "Item");
    if (item < 0) {
      return null;
    }
    String type = any(VALID_TYPES);
    String range = any(RANGES);
    String multiple = random.nextInt(3) == 0 ? "Multiple" : null;
    El it = els.get(item);
    // children, last first so that offsets stay valid
    List<El> children = new ArrayList<>();
    for (int i = els.size() - 1; i >= 0; i--) {
      if (els.get(i).parent() == item && !els.get(i).selfClosing()) {
        children.add(els.get(i));
      }
    }
    for (El c : children) {
      switch (c.name()) {
        case "Type":
          replace(c.openEnd(), c.closeStart(), type);
          break;
        case "RangeEnumeration":
          replace(c.openEnd(), c.closeStart(), escape(range));
          break;
        case "Operations":
          if (text.substring(c.openEnd(), c.closeStart()).trim().equals("E") || text.substring(c.openEnd(), c.closeStart()).isBlank()) {
            replace(c.openEnd(), c.closeStart(), "RW");
          }
          break;
        case "MultipleInstances":
          if (multiple != null) {
            replace(c.openEnd(), c.closeStart(), multiple);
          }
          break;
        default:
          break;
      }
    }
    if (!it.name().equals("Item")) {
      return null;
    }
    return record("typedRange", type + (multiple != null ? "[]" : "") + " " + shorten(range));
  }

  /** Hostile text (names, injections, odd characters) in a text-only element: the file stays valid. */
  private String text(List<El> els) {
    int i = pickNamed(els, "Name", "Description", "Description1", "Description2", "Units");
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    String v;
    switch (random.nextInt(3)) {
      case 0:
        v = any(NAMES);
        break;
      case 1:
        v = any(INJECTIONS);
        break;
      default:
        v = "x" + any(ODD.stream().filter(o -> !o.startsWith("&#") && !o.startsWith("<") && !o.equals("]]>") && !o.equals("&"))
            .collect(Collectors.toList())) + "y";
    }
    String written = random.nextBoolean() && !v.contains("]]>") ? "<![CDATA[" + v + "]]>" : xmlText(v);
    replace(e.openEnd(), e.closeStart(), written);
    return record("text", e.name() + "=" + shorten(v));
  }

  /** Inserts an odd character (or reference, or markup trick) into a leaf's text. */
  private String odd(List<El> els) {
    int i = pick(els, x -> isLeaf(els, x));
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    String what = any(ODD);
    int at = e.openEnd() + (e.closeStart() > e.openEnd() ? random.nextInt(e.closeStart() - e.openEnd() + 1) : 0);
    // Do not split a CDATA section or a reference by accident: insert at the start or end then.
    String inner = text.substring(e.openEnd(), e.closeStart());
    if (inner.contains("<![CDATA[") || inner.contains("&")) {
      at = random.nextBoolean() ? e.openEnd() : e.closeStart();
    }
    String insert = what.startsWith("&") || what.startsWith("<") || what.equals("]]>") ? what : xmlText(what);
    replace(at, at, insert);
    if (random.nextInt(4) == 0) {
      // a BOM in the middle of the document, outside any element text
      int j = pick(els, x -> true);
      if (j >= 0) {
        int p = els.get(j).start();
        replace(p, p, "\uFEFF");
      }
    }
    return record("odd", e.name() + "+" + codePoints(what));
  }

  private String cdata(List<El> els) {
    int i = pick(els, x -> isLeaf(els, x));
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    String inner = text.substring(e.openEnd(), e.closeStart());
    if (inner.contains("<![CDATA[")) {
      inner = inner.replace("<![CDATA[", "").replace("]]>", "");
    }
    String plain = inner.replace("&lt;", "<").replace("&amp;", "&").replace("&gt;", ">");
    String v;
    int kind = random.nextInt(7);
    switch (kind) {
      case 0:
        v = "<![CDATA[" + plain + "]]>";
        break;
      case 1: { // "]]>" split over two sections: the text holds "]]>"
        int cut = plain.isEmpty() ? 0 : random.nextInt(plain.length() + 1);
        v = "<![CDATA[" + plain.substring(0, cut) + "]]]]><![CDATA[>" + plain.substring(cut) + "]]>";
        break;
      }
      case 2:
        v = "<![CDATA[" + plain + "]]>" + "]]>"; // bare ]]> in content: not well-formed
        break;
      case 3:
        v = "<![CDATA[" + plain; // unterminated
        break;
      case 4:
        v = "<![CDATA[<![CDATA[" + plain + "]]>]]>"; // nested
        break;
      case 5:
        v = "<![CDATA[*/ static { System.setProperty(\"pwned\", \"cdata\"); } /*]]>" + inner;
        break;
      default:
        v = "<![CDATA[]]>" + inner + "<![CDATA[\r\n]]>";
    }
    replace(e.openEnd(), e.closeStart(), v);
    return record("cdata", e.name() + "#" + kind);
  }

  private String comment(List<El> els) {
    String[] comments = {"<!-- a -- b -->", "<!---->", "<!-- x --->", "<!-- -- -->", "<!-- ok -->", "<!--", "<!-- ]]> -->",
        "<!-- <Item ID=\"9\"> -->", "<?pi x?>", "<?xml-stylesheet href=\"http://127.0.0.1:9/x\"?>", "<!-- \u2028 -->"};
    String c = comments[random.nextInt(comments.length)];
    int kind = random.nextInt(3);
    if (kind == 0) {
      // before the declaration: not well-formed for "<?xml", else a licence-comment trick
      text = c + text;
      return record("comment", "at start " + c);
    }
    int i = pick(els, x -> true);
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    int at = kind == 1 ? e.openEnd() : e.end();
    replace(at, at, c);
    return record("comment", e.name() + " " + c);
  }

  private String rename(List<El> els) {
    int i = pick(els, x -> !els.get(x).selfClosing());
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    String[] names = {e.name() + "x", e.name().toLowerCase(java.util.Locale.ROOT), "p:" + e.name(), "Item", "Resources", "Object",
        "LWM2M", "Name", e.name().substring(0, Math.max(1, e.name().length() - 1))};
    String n = names[random.nextInt(names.length)];
    boolean closeOnly = random.nextInt(4) == 0;
    // the close tag first (later offset)
    replace(e.closeStart(), e.end(), "</" + n + ">");
    if (!closeOnly) {
      replace(e.start() + 1, e.start() + 1 + e.name().length(), n);
    }
    return record("rename", e.name() + "->" + n + (closeOnly ? " (close only)" : ""));
  }

  /** Whole-document structure: two objects, declaration tricks, trailing content, XML 1.1. */
  private String structure(List<El> els) {
    switch (random.nextInt(8)) {
      case 0: {
        int i = pickNamed(els, "Object");
        if (i < 0) {
          return null;
        }
        El e = els.get(i);
        replace(e.end(), e.end(), text.substring(e.start(), e.end()));
        return record("structure", "two objects");
      }
      case 1:
        text = text.replaceFirst("<\\?xml[^?]*\\?>", "");
        return record("structure", "no declaration");
      case 2:
        text = text.replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"");
        return record("structure", "XML 1.1");
      case 3:
        text = text + any(List.of("<LWM2M/>", "garbage", "<!-- tail -->", "\u0001", "]]>", "&amp;"));
        return record("structure", "trailing content");
      case 4:
        text = " \r\n" + text;
        return record("structure", "space before declaration");
      case 5: {
        int i = pickNamed(els, "Resources");
        if (i < 0) {
          return null;
        }
        El e = els.get(i);
        replace(e.openEnd(), e.closeStart(), "");
        return record("structure", "no resources");
      }
      case 6: {
        int i = pickNamed(els, "Item");
        if (i < 0) {
          return null;
        }
        El e = els.get(i);
        String item = text.substring(e.start(), e.end());
        // nest an item inside an item
        int inner = e.closeStart();
        replace(inner, inner, item);
        return record("structure", "nested Item");
      }
      default:
        text = text.replaceFirst("<LWM2M", "<LWM2M xmlns=\"http://www.openmobilealliance.org/tech/profiles\"");
        return record("structure", "default namespace");
    }
  }

  /** Copies one item many times with new IDs (some colliding). */
  private String manyItems(List<El> els) {
    int i = pickNamed(els, "Item");
    if (i < 0) {
      return null;
    }
    El e = els.get(i);
    String item = text.substring(e.start(), e.end());
    int n = 5 + random.nextInt(random.nextInt(10) == 0 ? 300 : 40);
    int base = random.nextInt(4) == 0 ? 32760 : 1000 + random.nextInt(1000);
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < n; k++) {
      int id = base + (random.nextInt(20) == 0 ? 0 : k);
      b.append(item.replaceFirst("ID=\"[^\"]*\"", "ID=\"" + id + "\""));
    }
    replace(e.end(), e.end(), b.toString());
    return record("manyItems", n + " from " + base);
  }

  private void encoding() {
    List<String> declared = List.of("UTF-16", "ISO-8859-1", "US-ASCII", "bogus-enc", "UTF-32", "x-IBM1047", "utf-8", "");
    String d = any(declared);
    boolean reencode = random.nextBoolean();
    String changed = text.replaceFirst("encoding=\"[^\"]*\"", d.isEmpty() ? "" : "encoding=\"" + d + "\"");
    byte[] out;
    if (reencode && d.equals("UTF-16")) {
      out = changed.getBytes(StandardCharsets.UTF_16); // with a BOM
    } else if (reencode && d.equals("ISO-8859-1")) {
      out = changed.getBytes(StandardCharsets.ISO_8859_1);
    } else {
      out = changed.getBytes(StandardCharsets.UTF_8);
    }
    rawBytes = true;
    bytes = out;
    text = changed;
    applied.add(new Applied("encoding", (d.isEmpty() ? "none declared" : d) + (reencode ? " re-encoded" : "")));
  }

  private void truncate() {
    byte[] b = rawBytes ? bytes : text.getBytes(StandardCharsets.UTF_8);
    int at = b.length == 0 ? 0 : random.nextInt(b.length);
    bytes = java.util.Arrays.copyOf(b, at);
    rawBytes = true;
    applied.add(new Applied("truncate", at + "/" + b.length));
  }

  private void flipBytes() {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = b.length == 0 ? 0 : random.nextInt(b.length);
    out.write(b, 0, at);
    byte[][] junk = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0x01}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
    byte[] j = junk[random.nextInt(junk.length)];
    out.write(j, 0, j.length);
    out.write(b, at, b.length - at);
    rawBytes = true;
    bytes = out.toByteArray();
    applied.add(new Applied("bytes", "invalid UTF-8 at " + at));
  }

  // --- helpers -------------------------------------------------------------------------------------

  /** Escapes text content, keeping prepared markup (character references, CDATA, comments) as it is. */
  private static String escape(String v) {
    if (v.startsWith("&#") || v.startsWith("<![CDATA[") || v.contains("<!--")) {
      return v;
    }
    return xmlText(v);
  }

  static String xmlText(String v) {
    return v.replace("&", "&amp;").replace("<", "&lt;");
  }

  private static String attr(String v) {
    return xmlText(v).replace("\"", "&quot;");
  }

  static String shorten(String v) {
    String s = v.length() > 40 ? v.substring(0, 20) + "...(" + v.length() + " chars)" : v;
    return codePoints(s);
  }

  /** Non-printable-ASCII characters as U+XXXX, for descriptions. */
  static String codePoints(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp >= 0x20 && cp < 0x7f) {
        b.appendCodePoint(cp);
      } else {
        b.append(String.format("U+%04X", cp));
      }
    });
    return b.toString();
  }
}
