package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
  @Test
  void xmlSpaceIsTheGrammarsFourCharacters() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertEquals(c == ' ' || c == '\t' || c == '\n' || c == '\r', Whitespace.isXml(c), "U+" + Integer.toHexString(c));
    }
  }

  /** The ASCII shortcut answers as the general test does, and no-break spaces and the BOM count. */
  @Test
  void textSpaceIsEveryUnicodeSpaceAndTheByteOrderMark() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean expected = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
      assertEquals(expected, Whitespace.isText(c), "U+" + Integer.toHexString(c));
    }
    assertEquals(true, Whitespace.isText('\u00A0') && Whitespace.isText('\u202F') && Whitespace.isText('\uFEFF'));
  }
}
