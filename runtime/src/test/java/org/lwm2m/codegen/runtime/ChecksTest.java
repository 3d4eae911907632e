package org.lwm2m.codegen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.junit.jupiter.api.Test;

class ChecksTest {

  @Test
  void integerRangesAreInclusive() {
    ValueCheck c = Checks.longRange(-10, 100);
    assertTrue(c.accepts(-10L));
    assertTrue(c.accepts(100L));
    assertFalse(c.accepts(101L));
    assertFalse(c.accepts(-11L));
    assertEquals("range", c.rule());
    assertEquals("-10..100", c.describe());
  }

  @Test
  void floatRangesRejectNaN() {
    ValueCheck c = Checks.doubleRange(0.0, 1.0);
    assertTrue(c.accepts(0.5));
    assertFalse(c.accepts(Double.NaN));
    assertFalse(c.accepts(1.0000001));
  }

  @Test
  void unsignedRangesCompareAbove2To63() {
    ValueCheck c = Checks.unsignedRange("10", "18446744073709551615");
    assertTrue(c.accepts(ULong.valueOf("18446744073709551615")));
    assertTrue(c.accepts(ULong.valueOf("9223372036854775808")));
    assertFalse(c.accepts(ULong.valueOf(9)));
  }

  @Test
  void lengthsCountUtf8BytesOfStringsAndBytesOfOpaque() {
    ValueCheck c = Checks.length(0, 4);
    assertTrue(c.accepts("abcd"));
    assertFalse(c.accepts("abcde"));
    assertFalse(c.accepts("ééé"), "6 bytes in UTF-8");
    assertTrue(c.accepts(new byte[4]));
    assertFalse(c.accepts(new byte[5]));
    assertEquals("length", c.rule());
    assertEquals("0..4 bytes", c.describe());
  }

  @Test
  void utf8LengthMatchesTheEncoderForAnyText() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        b.append((char) random.nextInt(0x10000)); // lone surrogates included
      }
      String s = b.toString();
      assertEquals(s.getBytes(StandardCharsets.UTF_8).length, Checks.utf8Length(s), s);
    }
  }

  @Test
  void enumerationsAndMixedLists() {
    assertTrue(Checks.longValues(1, 2, 4).accepts(4L));
    assertFalse(Checks.longValues(1, 2, 4).accepts(3L));
    assertEquals("enumeration", Checks.longValues(1).rule());
    assertTrue(Checks.stringValues("red", "green").accepts("green"));
    assertFalse(Checks.stringValues("red", "green").accepts("Green"));
    ValueCheck mixed = Checks.anyOf(Checks.longRange(0, 247), Checks.longValues(255));
    assertTrue(mixed.accepts(255L));
    assertFalse(mixed.accepts(250L));
    assertEquals("0..247, 255", mixed.describe());
  }
}
