package org.lwm2m.codegen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The allocation-free comparisons must decide exactly as the string keys they replace. */
class TextTest {

  private static final String[] SAMPLES = {
    null, "", " ", "\n\t ", "\u00a0", "abc", "a b c", "ABC", " a\tB\nc ", "a b d", "ab", "abc ", "Abc.",
    "\u00e9t\u00e9", "\u00c9T\u00c9", "\u0130", "i\u0307", "\u03a3\u03b1", "\u03c3\u03b1", "0..100", "0 .. 100",
  };

  @Test
  void equalIgnoringSpaceDecidesAsTheKeysDo() {
    for (String a : SAMPLES) {
      for (String b : SAMPLES) {
        String ka = Text.withoutSpace(a);
        String kb = Text.withoutSpace(b);
        assertEquals(ka.equals(kb), Text.equalIgnoringSpace(a, b, false), a + " / " + b);
        assertEquals(ka.toLowerCase(Locale.ROOT).equals(kb.toLowerCase(Locale.ROOT)),
            Text.equalIgnoringSpace(a, b, true), a + " / " + b + " ignoring case");
      }
    }
  }

  @Test
  void isSpaceKeepsItsMeaningForEveryAsciiCharacter() {
    for (char c = 0; c < 0x80; c++) {
      assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), Text.isSpace(c), "char " + (int) c);
    }
  }

  @Test
  void asciiLowerCaseTouchesOnlyAsciiLetters() {
    assertEquals("copyright \u0130 \u212a bsd-3", Text.asciiLowerCase("COPYRIGHT \u0130 \u212a BSD-3"));
  }

  @Test
  void blankIsWhitespaceOnly() {
    assertTrue(Text.isBlank(null));
    assertTrue(Text.isBlank(" \n\t\u00a0\ufeff"));
    assertFalse(Text.isBlank(" x "));
  }
}
