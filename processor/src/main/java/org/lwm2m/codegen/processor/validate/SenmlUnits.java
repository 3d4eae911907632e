package org.lwm2m.codegen.processor.validate;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The units an LwM2M resource may name: the SenML units of the IANA "SenML Units" registry (RFC
 * 8428, the additions of RFC 8798 and later registrations), the "Secondary Units" registry that
 * RFC 8798 created (scaled units such as {@code ms}, {@code kWh}, {@code /100}), {@code Ws} which
 * the OMA registry adds in {@code LWM2M_senml_units.xml}, and the placeholder {@code TBD}. Units
 * are case-sensitive ({@code mA} is not {@code MA}).
 *
 * <p>Units the SenML registries mark as not recommended for new producers ({@code g}, {@code l},
 * {@code l/s}, {@code Bspl}, {@code 1/min}, {@code beat/min}, {@code beats}) are accepted: they
 * are registered, and object definitions use them.
 */
public final class SenmlUnits {

  /** RFC 8428 section 12.1. */
  private static final Set<String> RFC_8428 =
      Set.of(
          "m", "kg", "g", "s", "A", "K", "cd", "mol", "Hz", "rad", "sr", "N", "Pa", "J", "W", "C",
          "V", "F", "Ohm", "S", "Wb", "T", "H", "Cel", "lm", "lx", "Bq", "Gy", "Sv", "kat", "m2",
          "m3", "l", "m/s", "m/s2", "m3/s", "l/s", "W/m2", "cd/m2", "bit", "bit/s", "lat", "lon",
          "pH", "dB", "dBW", "Bspl", "count", "/", "%", "%RH", "%EL", "EL", "1/s", "1/min",
          "beat/min", "beats", "S/m");

  /** RFC 8798 section 2 and later IANA registrations of primary units. */
  private static final Set<String> PRIMARY_ADDITIONS =
      Set.of("B", "VA", "VAs", "var", "vars", "J/m", "kg/m3", "deg", "NTU");

  /** The secondary units registry (RFC 8798 section 3 and later registrations). */
  private static final Set<String> SECONDARY =
      Set.of(
          "ms", "min", "h", "MHz", "kW", "kVA", "kvar", "Ah", "Wh", "kWh", "varh", "kvarh", "VAh",
          "kVAh", "Wh/km", "KiB", "KB", "kB", "GB", "B/s", "Mbit/s", "MB/s", "mV", "mA", "dBm",
          "ug/m3", "mg/l", "mm/h", "m/h", "ppm", "ppt", "/100", "/1000", "hPa", "mm", "cm", "km",
          "km/h");

  /** What the OMA registry adds ({@code LWM2M_senml_units.xml}) and the placeholder. */
  private static final Set<String> LWM2M = Set.of("Ws", "TBD");

  /** Every unit above, sorted (so messages naming a close match are deterministic). */
  private static final SortedSet<String> ALL = collect();

  private SenmlUnits() {}

  private static SortedSet<String> collect() {
    SortedSet<String> all = new TreeSet<>();
    for (Set<String> s : List.of(RFC_8428, PRIMARY_ADDITIONS, SECONDARY, LWM2M)) {
      all.addAll(s);
    }
    return Collections.unmodifiableSortedSet(all);
  }

  /** Every accepted unit, sorted. */
  public static SortedSet<String> all() {
    return ALL;
  }

  /** Whether {@code units} (surrounding whitespace ignored) is blank or a unit listed here. */
  public static boolean known(String units) {
    if (units == null) {
      return true;
    }
    String u = units.strip();
    return u.isEmpty() || ALL.contains(u);
  }

  /** A registered unit spelled with other letter case ({@code CEL} for {@code Cel}), or null. */
  public static String caseVariant(String units) {
    String u = units.strip();
    for (String known : ALL) {
      if (known.equalsIgnoreCase(u)) {
        return known;
      }
    }
    return null;
  }
}
