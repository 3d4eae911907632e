package org.lwm2m.codegen.processor.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwm2m.codegen.schema.ResourceType.BOOLEAN;
import static org.lwm2m.codegen.schema.ResourceType.CORELNK;
import static org.lwm2m.codegen.schema.ResourceType.FLOAT;
import static org.lwm2m.codegen.schema.ResourceType.INTEGER;
import static org.lwm2m.codegen.schema.ResourceType.NONE;
import static org.lwm2m.codegen.schema.ResourceType.OBJLNK;
import static org.lwm2m.codegen.schema.ResourceType.OPAQUE;
import static org.lwm2m.codegen.schema.ResourceType.STRING;
import static org.lwm2m.codegen.schema.ResourceType.TIME;
import static org.lwm2m.codegen.schema.ResourceType.UNSIGNED_INTEGER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lwm2m.codegen.processor.model.RangeParser.ParsedRange;
import org.lwm2m.codegen.processor.model.RangeSpec.Interval;
import org.lwm2m.codegen.processor.model.RangeSpec.Lengths;
import org.lwm2m.codegen.processor.model.RangeSpec.Numeric;
import org.lwm2m.codegen.schema.ResourceType;

class RangeParserTest {

  // ---- helpers ----

  private static Interval iv(String min, String max) {
    return new Interval(new BigDecimal(min), new BigDecimal(max));
  }

  private static Interval iv(String value) {
    return iv(value, value);
  }

  private static Interval iv(long min, long max) {
    return Interval.of(min, max);
  }

  private static Interval iv(long value) {
    return Interval.of(value, value);
  }

  private static RangeSpec numeric(Interval... alternatives) {
    return new Numeric(List.of(alternatives));
  }

  private static RangeSpec lengths(Interval... alternatives) {
    return new Lengths(List.of(alternatives));
  }

  private static RangeSpec strings(String... values) {
    return new RangeSpec.Strings(List.of(values));
  }

  /** Parses and asserts the text was understood as {@code expected}. */
  private static void assertSpec(RangeSpec expected, String text, ResourceType type) {
    ParsedRange r = RangeParser.parse(text, type);
    assertNull(r.warning(), () -> "unexpected warning for '" + text + "': " + r.warning());
    assertTrue(r.understood());
    assertEquals(expected, r.spec(), () -> "'" + text + "' on " + type);
  }

  /** Parses and asserts a warning, no check; returns the warning. */
  private static String assertWarning(String text, ResourceType type) {
    ParsedRange r = RangeParser.parse(text, type);
    assertEquals(RangeSpec.NONE, r.spec(), () -> "'" + text + "' on " + type);
    assertNotNull(r.warning(), () -> "expected a warning for '" + text + "' on " + type);
    assertFalse(r.understood());
    assertTrue(r.warning().endsWith("; no check"), r.warning());
    return r.warning();
  }

  // ---- blank ----

  @ParameterizedTest
  @EnumSource(ResourceType.class)
  void blankIsNoneWithoutWarningOnEveryType(ResourceType type) {
    for (String text : new String[] {null, "", " ", "\r\n\t\t\t", "\u00A0 \uFEFF"}) {
      ParsedRange r = RangeParser.parse(text, type);
      assertEquals(RangeSpec.NONE, r.spec());
      assertNull(r.warning());
    }
  }

  // ---- ranges ----

  @Test
  void integerRange() {
    assertSpec(numeric(iv(0, 100)), "0..100", INTEGER);
    assertSpec(numeric(iv(0, 100)), "  0 .. 100 ", INTEGER);
    assertSpec(numeric(iv(-128, 127)), "-128..127", INTEGER);
    assertSpec(numeric(iv(-30, -10)), "-30..-10", INTEGER);
    assertSpec(numeric(iv(-5, 5)), "-5..+5", INTEGER);
    assertSpec(numeric(iv(5, 10)), "+5..10", INTEGER);
    assertSpec(
        numeric(iv(Long.MIN_VALUE, Long.MAX_VALUE)),
        "-9223372036854775808..9223372036854775807",
        INTEGER);
  }

  @Test
  void threeDots() {
    assertSpec(numeric(iv(1, 15)), "1...15", INTEGER);
    assertWarning("1....15", INTEGER);
    assertWarning("1. .15", INTEGER);
  }

  @Test
  void decimalRange() {
    assertSpec(numeric(iv("0.000001", "1")), "0.000001..1.0", FLOAT);
    assertSpec(numeric(iv("3.8", "20.5")), "3.8..20.5", FLOAT);
    assertSpec(numeric(iv(-100, 100)), "-100.0..100.0", FLOAT);
    assertSpec(numeric(iv(0, 100)), "0.00..100.00", FLOAT);
    assertSpec(numeric(iv(0, 1)), "0..1", FLOAT);
  }

  @Test
  void integralDecimalBoundsFitInteger() {
    assertSpec(numeric(iv(0, 100)), "0.0..100.0", INTEGER);
    assertSpec(numeric(iv(0, 100)), "0.0..100.0", UNSIGNED_INTEGER);
  }

  @Test
  void dashRange() {
    assertSpec(numeric(iv(0, 255)), "0-255", INTEGER);
    assertSpec(numeric(iv(1, 65535)), "1 - 65535", UNSIGNED_INTEGER);
    assertSpec(numeric(iv(0, 255)), "0\u2013255", INTEGER);
    assertSpec(numeric(iv("0.5", "2.5")), "0.5-2.5", FLOAT);
    assertSpec(lengths(iv(0, 255)), "0-255 bytes", STRING);
    // a signed lower bound never starts a dash range, an upper one neither
    assertWarning("-5-5", INTEGER);
    assertWarning("5--5", INTEGER);
    assertWarning("5 - -5", INTEGER);
    // several dashes are ambiguous
    assertWarning("16-32-48 bytes", OPAQUE);
  }

  @Test
  void toRange() {
    assertSpec(numeric(iv(1, 10)), "1 to 10", INTEGER);
    assertSpec(numeric(iv(-1, 1)), "-1 TO 1", FLOAT);
    assertWarning("1to10", INTEGER);
    assertWarning("<7 to >12.5", INTEGER);
  }

  @Test
  void unsignedRange() {
    assertSpec(
        numeric(new Interval(BigDecimal.ZERO, new BigDecimal("18446744073709551615"))),
        "0..18446744073709551615",
        UNSIGNED_INTEGER);
    assertSpec(numeric(iv(0, 65535)), "0..65535", UNSIGNED_INTEGER);
  }

  // ---- single values and lists ----

  /** Defect 9: "255" on object 20's Log Class became "only 255", and its documented default 0 invalid. */
  @Test
  void aLoneNumberOnANumericTypeIsNotUnderstood() {
    for (String[] c : new String[][] {{"255", "Integer"}, {"255", "Unsigned Integer"}, {"255", "Float"}, {"-4", "Integer"}, {"2.5", "Float"}}) {
      RangeParser.ParsedRange parsed = RangeParser.parse(c[0], ResourceType.fromXml(c[1]));
      assertEquals(RangeSpec.NONE, parsed.spec(), c[0] + " on " + c[1]);
      assertTrue(parsed.warning().contains("is neither a range nor a list of values"), parsed.warning());
    }
    // one allowed value, said explicitly, is still one
    assertSpec(numeric(iv(255)), "255..255", INTEGER);
    assertSpec(numeric(iv(5), iv(10)), "5, 10", INTEGER);
  }

  @Test
  void singleNumberOnStringAndOpaqueIsAMaximumLength() {
    assertSpec(lengths(iv(0, 12)), "12", STRING);
    assertSpec(lengths(iv(0, 6)), "6", OPAQUE);
    assertSpec(lengths(iv(0, 32)), "32 bytes", OPAQUE);
    assertSpec(lengths(iv(0, 12)), "12 Bytes ", STRING);
    assertSpec(lengths(iv(0, 1)), "1 byte", STRING);
    assertSpec(lengths(iv(0, 12)), "12bytes", STRING);
    assertSpec(lengths(iv(0, 0)), "0", STRING);
    // exact when written as a range
    assertSpec(lengths(iv(12, 12)), "12..12 bytes", STRING);
  }

  @Test
  void commaAndSemicolonLists() {
    assertSpec(lengths(iv(16), iv(32), iv(48)), "16,32,48", OPAQUE);
    assertSpec(numeric(iv(5), iv(10), iv(15), iv(20)), "5, 10, 15, 20", INTEGER);
    assertSpec(numeric(iv(0), iv(1), iv(2)), "0,1,2", INTEGER);
    assertSpec(numeric(iv(0), iv(1), iv(2)), "0;1;2", UNSIGNED_INTEGER);
    assertSpec(numeric(iv(5), iv(10)), "5, 10,", INTEGER); // empty entries are ignored
    assertSpec(numeric(iv(1), iv(2)), "1\n2", INTEGER);
    assertSpec(numeric(iv(1), iv(2)), "1 or 2", INTEGER);
  }

  @Test
  void numericListOnStringIsExactLengths() {
    assertSpec(lengths(iv(10), iv(26)), "10,26", STRING);
    assertSpec(lengths(iv(0), iv(26)), "0 or 26 Bytes", STRING);
    assertSpec(lengths(iv(10), iv(26)), "10 or 26 Bytes", STRING);
    assertSpec(lengths(iv(16), iv(32)), "16 bytes, 32 bytes", OPAQUE);
  }

  @Test
  void mixedLists() {
    assertSpec(numeric(iv(0, 247), iv(255)), "0..247, 255", INTEGER);
    assertSpec(numeric(iv(0, 3), iv(99)), "0..3, 99", INTEGER);
    assertSpec(numeric(iv(0), iv("3.8", "20.5")), "0; 3.8..20.5", FLOAT);
    assertSpec(lengths(iv(0, 63), iv(100)), "0..63, 100 bytes", STRING);
  }

  // ---- lengths ----

  @Test
  void rangesWithBytes() {
    assertSpec(lengths(iv(0, 255)), "0..255 bytes", STRING);
    assertSpec(lengths(iv(1, 64)), "1..64 Bytes", STRING);
    assertSpec(lengths(iv(1, 64)), "1..64 BYTES", OPAQUE);
    assertSpec(lengths(iv(0, 255)), "0-255 bytes", STRING);
  }

  @Test
  void plainRangesOnStringAndOpaqueAreLengths() {
    assertSpec(lengths(iv(0, 255)), "0..255", STRING);
    assertSpec(lengths(iv(1, 32)), "1..32", STRING);
    assertSpec(lengths(iv(0, 65535)), "0..65535", OPAQUE);
    assertSpec(lengths(iv(0, Integer.MAX_VALUE)), "0..2147483647", OPAQUE);
  }

  @Test
  void lengthsMustBeWholeNonNegativeInts() {
    assertEquals(
        "length 0..2147483648 is not a byte length (whole number 0..2147483647); no check",
        assertWarning("0..2147483648", STRING));
    assertWarning("-1..5", STRING);
    assertWarning("0.5..5", OPAQUE);
    assertWarning("2.5", STRING);
    assertWarning("-3", STRING);
    assertWarning("1, -2", OPAQUE);
  }

  @Test
  void bytesOnNumericTypesIsAWarning() {
    assertEquals(
        "byte lengths '0..255 bytes' apply to String and Opaque resources, not Integer; no check",
        assertWarning("0..255 bytes", INTEGER));
    assertWarning("4 bytes", UNSIGNED_INTEGER);
    assertWarning("8 Bytes", FLOAT);
  }

  // ---- labelled enumerations ----

  @Test
  void labelledOnePerLine() {
    assertSpec(
        numeric(iv(0), iv(1), iv(2)),
        "0: RELEASED\n\t\t\t\t1: PRESSED\n\t\t\t\t2: FAULT",
        UNSIGNED_INTEGER);
    assertSpec(
        numeric(iv(0), iv(1), iv(2), iv(3), iv(255)),
        "0: RELEASE\r\n1: CLICK\r\n2: HOLD\r\n3: DOUBLE-CLICK\r\n255: STUCK",
        UNSIGNED_INTEGER);
  }

  @Test
  void labelledCommaSeparatedAndOtherSeparators() {
    assertSpec(numeric(iv(0), iv(1)), "0: Off, 1: On", INTEGER);
    assertSpec(numeric(iv(0), iv(1)), "0 = Off; 1 = On", INTEGER);
    assertSpec(numeric(iv(0), iv(1)), "0=Off,1=On", INTEGER);
    assertSpec(numeric(iv(0), iv(1)), "0 - idle\n1 - busy", INTEGER);
    assertSpec(numeric(iv("0.5"), iv(1)), "0.5: half\n1: full", FLOAT);
    assertSpec(numeric(iv(-1)), "-1: unknown", INTEGER);
  }

  @Test
  void labelsMayContainSeparators() {
    assertSpec(numeric(iv(0), iv(1)), "0: Off, i.e. disabled\n1: On", INTEGER);
  }

  @Test
  void labelledEntryWithoutLabelIsAWarning() {
    assertWarning("0: Off\n5", INTEGER);
  }

  @Test
  void labelledOnStringIsAWarning() {
    assertWarning("0: A\n1: B", STRING);
    assertWarning("0: A\n1: B", OPAQUE);
  }

  @Test
  void labelledValuesMustFitTheType() {
    assertWarning("0.5: half\n1: full", INTEGER);
    assertWarning("-1: unknown", UNSIGNED_INTEGER);
  }

  // ---- strings ----

  @Test
  void quotedLists() {
    assertSpec(strings("a", "b"), "\"a\",\"b\"", STRING);
    assertSpec(strings("on", "off"), "\"on\"; \"off\"", STRING);
    assertSpec(strings("Not Ready", "Ready"), "\"Not Ready\",\n\"Ready\"", STRING);
    assertSpec(strings("only"), "\"only\"", STRING);
    assertSpec(strings("it's", "say \"hi\""), "\"it's\", 'say \"hi\"'", STRING);
    assertSpec(strings("10", "26"), "\"10\", \"26\"", STRING);
    assertSpec(strings(""), "\"\"", STRING);
  }

  @Test
  void brokenQuotedLists() {
    assertWarning("\"a\" \"b\"", STRING);
    assertWarning("\"a\", b", STRING);
    assertWarning("\"unterminated", STRING);
  }

  @Test
  void quotedListsOnOtherTypesAreWarnings() {
    assertWarning("\"a\",\"b\"", OPAQUE);
    assertWarning("\"1\",\"2\"", INTEGER);
  }

  @Test
  void wordLists() {
    assertSpec(strings("ON", "OFF"), "ON;OFF", STRING);
    assertSpec(strings("low", "medium", "high"), "low, medium, high", STRING);
    assertSpec(strings("on", "off"), "on or off", STRING);
    assertSpec(strings("4G", "5G-NR", "v1.2"), "4G\n5G-NR\nv1.2", STRING);
  }

  @Test
  void wordListOnFloatIsAWarning() {
    assertEquals(
        "word list 'ON;OFF' has no meaning on Float resources; no check",
        assertWarning("ON;OFF", FLOAT));
    assertWarning("low, high", OPAQUE);
  }

  @Test
  void singleWordIsNotAnEnumeration() {
    assertTrue(assertWarning("TBD", STRING).contains("quote"));
  }

  @Test
  void wordsMixedWithNumbersAreWarnings() {
    assertWarning("ON, 1", STRING);
    assertWarning("0..5, many", INTEGER);
  }

  // ---- types that take no range ----

  @ParameterizedTest
  @EnumSource(ResourceType.class)
  void everyTypeWithANonBlankRange(ResourceType type) {
    ParsedRange r = RangeParser.parse("0..1", type);
    switch (type) {
      case INTEGER:
      case UNSIGNED_INTEGER:
      case FLOAT:
        assertEquals(numeric(iv(0, 1)), r.spec());
        assertNull(r.warning());
        break;
      case STRING:
      case OPAQUE:
        assertEquals(lengths(iv(0, 1)), r.spec());
        assertNull(r.warning());
        break;
      default:
        assertEquals(RangeSpec.NONE, r.spec());
        assertNotNull(r.warning());
    }
  }

  @Test
  void typesWithoutRanges() {
    assertEquals(
        "ranges on Boolean resources have no meaning; no check", assertWarning("0..1", BOOLEAN));
    assertEquals(
        "ranges on Time resources have no meaning; no check", assertWarning("0..10", TIME));
    assertEquals(
        "ranges on Objlnk resources have no meaning; no check", assertWarning("x", OBJLNK));
    assertEquals(
        "ranges on Corelnk resources have no meaning; no check", assertWarning("1", CORELNK));
    assertEquals(
        "executable resources take no range ('0..1'); no check", assertWarning("0..1", NONE));
    assertTrue(assertWarning("0..1", null).contains("without a known type"));
  }

  // ---- fitting the type ----

  @Test
  void reversedRange() {
    assertEquals(
        "reversed range -30..-120 (min > max); no check", assertWarning("-30..-120", INTEGER));
    assertWarning("10..1", FLOAT);
    assertWarning("64..1 bytes", STRING);
  }

  @Test
  void integerBounds() {
    assertEquals(
        "range 0..18446744073709551615 does not fit Integer (64-bit signed); no check",
        assertWarning("0..18446744073709551615", INTEGER));
    assertEquals(
        "range 0.5..10 does not fit Integer (whole numbers only); no check",
        assertWarning("0.5..10", INTEGER));
    assertEquals(
        "value 9223372036854775808 does not fit Integer (64-bit signed); no check",
        assertWarning("9223372036854775808", INTEGER));
    assertWarning("-9223372036854775809..0", INTEGER);
  }

  @Test
  void unsignedBounds() {
    assertWarning("-1..5", UNSIGNED_INTEGER);
    assertWarning("0..18446744073709551616", UNSIGNED_INTEGER);
    assertWarning("0..1.5", UNSIGNED_INTEGER);
  }

  @Test
  void floatBounds() {
    assertSpec(numeric(iv("-0.001", "1E+300")), "-0.001..1" + "0".repeat(300), FLOAT);
    assertWarning("0..1" + "0".repeat(309), FLOAT);
  }

  // ---- free text ----

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2 Instances",
        "8-Bits",
        "16-bit",
        "8 bit",
        "<7 to >12.5",
        "[1:4]",
        "The possible values are those listed in the LwM2M Core Specification",
        "0..100 %",
        "0..100.",
        "..5",
        "1..",
        ",",
        "bytes",
        "1.5.3",
        "0x10..0xFF",
        "1e3"
      })
  void freeTextIsAWarningOnNumericTypes(String text) {
    assertWarning(text, INTEGER);
  }

  @Test
  void freeTextMessage() {
    assertEquals(
        "'2 Instances' is not a range or an enumeration; no check",
        assertWarning("2 Instances", INTEGER));
    assertWarning("The possible values of Resource are listed in 5.3.1.1", STRING);
    assertWarning("8-Bits", STRING);
  }

  @Test
  void longTextsAreCutInMessages() {
    String w = assertWarning("x ".repeat(1000), INTEGER);
    assertTrue(w.length() < 200, w);
  }

  // ---- the spec records ----

  @Test
  void acceptsChecksOnlyWhatASpecConstrains() {
    RangeSpec n = numeric(iv(0, 247), iv(255));
    assertTrue(n.accepts(BigDecimal.valueOf(0)));
    assertTrue(n.accepts(new BigDecimal("247.0")));
    assertTrue(n.accepts(BigDecimal.valueOf(255)));
    assertFalse(n.accepts(BigDecimal.valueOf(250)));
    assertFalse(n.accepts(new BigDecimal("-0.1")));
    assertTrue(n.acceptsLength(1000));
    assertTrue(n.acceptsString("x"));

    RangeSpec l = lengths(iv(10), iv(26));
    assertTrue(l.acceptsLength(10));
    assertFalse(l.acceptsLength(11));
    assertTrue(l.accepts(BigDecimal.TEN.negate()));

    RangeSpec s = strings("ON", "OFF");
    assertTrue(s.acceptsString("ON"));
    assertFalse(s.acceptsString("on"));
    assertTrue(s.acceptsLength(100));

    assertTrue(RangeSpec.NONE.accepts(BigDecimal.ONE));
    assertTrue(RangeSpec.NONE.acceptsLength(0));
    assertTrue(RangeSpec.NONE.acceptsString(""));
  }

  @Test
  void describe() {
    assertEquals("0..100", numeric(iv(0, 100)).describe());
    assertEquals("1, 2, 3", numeric(iv(1), iv(2), iv(3)).describe());
    assertEquals("0..247, 255", numeric(iv(0, 247), iv(255)).describe());
    assertEquals("0.000001..1", numeric(iv("0.000001", "1.0")).describe());
    assertEquals("0..255 bytes", lengths(iv(0, 255)).describe());
    assertEquals("10, 26 bytes", lengths(iv(10), iv(26)).describe());
    assertEquals("12..12 bytes", lengths(iv(12)).describe());
    assertEquals("\"a\", 'b\"c'", strings("a", "b\"c").describe());
    assertEquals("", RangeSpec.NONE.describe());
    assertEquals("18446744073709551615..18446744073709551615", numeric(iv("1.8446744073709551615E+19")).describe());
  }

  @Test
  void describeReadsBackAsTheSameSpec() {
    Object[][] cases = {
      {"0..100", INTEGER},
      {"0.0..1.0", FLOAT},
      {"0..247, 255", INTEGER},
      {"0; 3.8..20.5", FLOAT},
      {"0: A\n1: B", UNSIGNED_INTEGER},
      {"12", STRING},
      {"12..12 bytes", STRING},
      {"10,26", STRING},
      {"16,32,48", OPAQUE},
      {"0..255 bytes", STRING},
      {"ON;OFF", STRING},
      {"\"it's\", 'say \"hi\"'", STRING},
      {"-30..-10", INTEGER},
    };
    for (Object[] c : cases) {
      ResourceType type = (ResourceType) c[1];
      RangeSpec spec = RangeParser.parse((String) c[0], type).spec();
      assertFalse(spec instanceof RangeSpec.None, (String) c[0]);
      assertEquals(spec, RangeParser.parse(spec.describe(), type).spec(), spec.describe());
    }
  }

  @Test
  void recordsAreImmutableAndValidated() {
    List<Interval> list = new ArrayList<>(List.of(iv(1, 2)));
    Numeric n = new Numeric(list);
    list.add(iv(3, 4));
    assertEquals(1, n.alternatives().size());
    assertThrows(UnsupportedOperationException.class, () -> n.alternatives().add(iv(5)));
    assertThrows(IllegalArgumentException.class, () -> iv(2, 1));
    assertThrows(IllegalArgumentException.class, () -> new Numeric(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Lengths(List.of(iv(-1, 1))));
    assertThrows(IllegalArgumentException.class, () -> new Lengths(List.of(iv("0.5", "1"))));
    assertThrows(IllegalArgumentException.class, () -> new RangeSpec.Strings(List.of()));
    assertEquals(iv("100.0", "1E+3"), iv(100, 1000));
  }

  // ---- robustness ----

  @Test
  void randomTextsNeverThrow() {
    Random random = new Random(20240222L);
    String alphabet = "0123456789..--++,,;;:=\"' \t\r\nabcXYZtoORbytesByte.\u2013\u00A0[]<>%eE";
    ResourceType[] types = ResourceType.values();
    for (int n = 0; n < 5000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        b.append(
            random.nextInt(10) == 0
                ? (char) random.nextInt(0x3000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (ResourceType type : types) {
        ParsedRange r = assertDoesNotThrow(() -> RangeParser.parse(text, type), text);
        assertNotNull(r.spec());
        assertTrue(
            (r.warning() == null) || r.spec() instanceof RangeSpec.None,
            () -> "a warning must come with no check: " + text);
        if (r.warning() == null && !(r.spec() instanceof RangeSpec.None)) {
          assertEquals(r.spec(), RangeParser.parse(r.spec().describe(), type).spec(), text);
        }
      }
      assertDoesNotThrow(() -> RangeParser.parse(text, null));
    }
  }

  @Test
  void longInputsParse() {
    int size = 100_000;
    String[] inputs = {
      "1".repeat(size),
      "1,".repeat(size / 2),
      "0..1 or ".repeat(size / 8),
      "a".repeat(size),
      ".".repeat(size),
      "\"".repeat(size),
      "\"a\",".repeat(size / 4),
      "0: X\n".repeat(size / 5),
      "o ".repeat(size / 2),
      " ".repeat(size) + "x",
      "1" + ".".repeat(size) + "2",
      "1 " + "-".repeat(size),
      "word, ".repeat(size / 6),
    };
    for (String text : inputs) {
      for (ResourceType type : ResourceType.values()) {
        assertNotNull(RangeParser.parse(text, type).spec());
      }
    }
    // Understood, but more alternatives than a generated check holds: a warning and no check.
    RangeParser.ParsedRange many = RangeParser.parse("1,".repeat(size / 2), INTEGER);
    assertEquals(RangeSpec.NONE, many.spec());
    assertTrue(many.warning().contains((size / 2) + " alternatives"), many.warning());
    assertEquals(
        RangeParser.MAX_ALTERNATIVES,
        ((Numeric) RangeParser.parse("1,".repeat(RangeParser.MAX_ALTERNATIVES), INTEGER).spec()).alternatives().size());
  }
}
