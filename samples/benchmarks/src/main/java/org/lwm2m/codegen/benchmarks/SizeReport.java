package org.lwm2m.codegen.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The size benchmark: code lines of each generated enabler ({@code InMemory} included, as it is
 * nested in it) beside those of an enabler of the same object written by hand in the style of
 * Leshan's demo client ({@code size/HandWritten*}), and their ratio. Code lines are lines that hold
 * code once comments are removed: blank lines, comment lines and lines holding only annotations do
 * not count. Run from the repository root after building the module:
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.benchmarks.SizeReport</pre>
 *
 * It exits with 1 when a ratio is above the goal, 1.5. System property {@code size.module}: the
 * module's folder (default {@code samples/benchmarks}).
 */
public final class SizeReport {
  static final double GOAL = 1.5;
  private static final List<String[]> OBJECTS = List.of(
      new String[] {"3304 Humidity", "HumidityEnabler", "HandWrittenHumidity"},
      new String[] {"3412 LPWAN Communication", "CommunicationEnabler", "HandWrittenCommunication"},
      new String[] {"3303 Temperature", "TemperatureEnabler", "HandWrittenTemperature"},
      new String[] {"3 Device", "DeviceEnabler", "HandWrittenDevice"});

  private SizeReport() {}

  public static void main(String[] args) throws IOException {
    Path module = Path.of(System.getProperty("size.module", "samples/benchmarks"));
    String pkg = "org/lwm2m/codegen/benchmarks/size/";
    Path generated = module.resolve("target/generated-sources/annotations").resolve(pkg);
    Path handWritten = module.resolve("src/main/java").resolve(pkg);
    System.out.println("size: code lines of the generated enabler (InMemory included) / a hand-written BaseInstanceEnabler");
    boolean met = true;
    for (String[] o : OBJECTS) {
      int gen = CodeLines.count(Files.readString(generated.resolve(o[1] + ".java")));
      int hand = CodeLines.count(Files.readString(handWritten.resolve(o[2] + ".java")));
      double ratio = (double) gen / hand;
      met &= ratio <= GOAL;
      System.out.printf("%-26s generated %4d, hand-written %4d, ratio %.2f (goal <= %.1f: %s)%n",
          o[0], gen, hand, ratio, GOAL, ratio <= GOAL ? "met" : "MISSED");
    }
    if (!met) {
      System.exit(1);
    }
  }
}
