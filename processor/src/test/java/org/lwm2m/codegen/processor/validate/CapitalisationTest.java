package org.lwm2m.codegen.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What "each word capitalised" means (see {@link Capitalisation}). */
class CapitalisationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Temperature",
        "Cellular Network and Bearer Control",
        "LwM2M v1.1 Test Object",
        "5GNR Connectivity",
        "3-Phase Power Meter",
        "Three-phase Electrical Meter",
        "Min Measured Value (Cel)",
        "Power Factor (kWh) / Energy",
        "\"Quoted\" Name",
        "Value\u00A0With No-break Spaces",
        "  Leading  And Trailing  ",
        "+++",
        "X"
      })
  void passes(String name) {
    assertEquals(List.of(), Capitalisation.uncapitalisedWords(name));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "oA Device | oA",
        "powerupLog | powerupLog",
        "Water quality sensor | quality, sensor",
        "and Or | and",
        "nuSIM Profile | nuSIM",
        "rachLatency_delay | rachLatency_delay",
        "Level (percent) | (percent)"
      })
  void fails(String name, String words) {
    assertEquals(List.of(words.split(", ")), Capitalisation.uncapitalisedWords(name));
  }
}
