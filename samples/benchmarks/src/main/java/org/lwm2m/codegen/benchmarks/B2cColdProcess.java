package org.lwm2m.codegen.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * B2c: a typical device's build, cold. Each build is a fresh {@code javac} process, as Maven's
 * compiler plugin forks it or a command-line build runs it, binding ten registry objects: the
 * processor from the path a user's build gives it (the processor jar and the annotations jar,
 * nothing else), against the floor ({@link FloorProcessor} alone in a jar, handing javac the
 * sources the processor generated). Every fixed cost counts: class loading, the JAXB context,
 * schema compilation.
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.benchmarks.B2cColdProcess</pre>
 *
 * System properties: {@code lwm2m.registry.dir}; {@code b2c.objects} (comma-separated file names in
 * the registry's {@code objects/}, default ten common ones); {@code b2c.reps} (default 7);
 * {@code b2c.processorpath} (default the jars in {@code samples/benchmarks/target/processor-path},
 * which the module's build copies there).
 */
public final class B2cColdProcess {
  private static final String OBJECTS = "3.xml,4.xml,5.xml,6.xml,7.xml,3300.xml,3303.xml,3306.xml,3311.xml,3323.xml";

  private B2cColdProcess() {}

  public static void main(String[] args) throws Exception {
    Path registry = Stats.registry();
    if (registry == null) {
      System.out.println("B2c skipped: no registry (set -Dlwm2m.registry.dir or run from the repository root with ../shared/lwm2m-registry)");
      return;
    }
    String processorPath = processorPath();
    if (processorPath == null) {
      System.out.println("B2c skipped: no processor path (build samples/benchmarks with mvn package, or set -Db2c.processorpath)");
      return;
    }
    int reps = Stats.intProperty("b2c.reps", 7);
    List<String> entries = Arrays.stream(System.getProperty("b2c.objects", OBJECTS).split(","))
        .map(f -> "objects/" + f.trim()).collect(Collectors.toList());
    String classPath = JavacBuilds.deviceClassPath();
    Path work = Files.createTempDirectory("lwm2m-b2c-");
    try {
      Path source = JavacBuilds.writePackageInfo(work.resolve("src"), entries);
      List<String> proc = new ArrayList<>(List.of("-processorpath", processorPath, "-Alwm2m.models=" + registry, source.toString()));
      Path probe = JavacBuilds.fresh(work, "probe");
      JavacBuilds.javacProcess(probe, with(JavacBuilds.baseOptions(classPath, probe), proc));
      Path floorJar = floorJar(work.resolve("floor.jar"));
      List<String> floor = List.of("-processorpath", floorJar.toString(), "-processor", FloorProcessor.class.getName(),
          "-A" + FloorProcessor.SOURCES + "=" + probe.resolve("gen"), source.toString());
      List<Path> generated = JavacBuilds.javaFiles(probe.resolve("gen"));
      System.out.println("B2c: fresh javac processes binding " + entries.size() + " objects " + entries + " (" + generated.size()
          + " generated sources), the processor vs the floor; " + Stats.jvm());
      System.out.println("processor path: " + processorPath);
      B2sSize.print(FloorProcessor.read(probe.resolve("gen")), B2ProcessorCost.resourceCount(probe.resolve("classes/META-INF/lwm2m")));

      double[] procMs = new double[reps];
      double[] floorMs = new double[reps];
      double[] ratios = new double[reps];
      double[] procCpu = new double[reps];
      double[] floorCpu = new double[reps];
      double[] cpuRatios = new double[reps];
      for (int i = -1; i < reps; i++) { // i = -1: one untimed build of each, for the file system's caches
        Path p = JavacBuilds.fresh(work, "proc-" + i);
        Path f = JavacBuilds.fresh(work, "floor-" + i);
        JavacBuilds.ProcessTime procTime;
        JavacBuilds.ProcessTime floorTime;
        if ((i & 1) == 0) {
          procTime = JavacBuilds.javacProcess(p, with(JavacBuilds.baseOptions(classPath, p), proc));
          floorTime = JavacBuilds.javacProcess(f, with(JavacBuilds.baseOptions(classPath, f), floor));
        } else {
          floorTime = JavacBuilds.javacProcess(f, with(JavacBuilds.baseOptions(classPath, f), floor));
          procTime = JavacBuilds.javacProcess(p, with(JavacBuilds.baseOptions(classPath, p), proc));
        }
        if (i >= 0) {
          procMs[i] = procTime.wallMs();
          floorMs[i] = floorTime.wallMs();
          ratios[i] = procMs[i] / floorMs[i];
          procCpu[i] = procTime.cpuMs();
          floorCpu[i] = floorTime.cpuMs();
          cpuRatios[i] = procCpu[i] / floorCpu[i];
          System.out.printf("  cold %d: processor %6.0f ms (CPU %6.0f ms), floor %6.0f ms (CPU %6.0f ms), ratio %.3f (CPU %.3f)%n",
              i + 1, procMs[i], procCpu[i], floorMs[i], floorCpu[i], ratios[i], cpuRatios[i]);
        }
      }
      double ratio = Stats.median(ratios);
      System.out.printf("B2c ratio (cold javac processes, %d each) processor/floor %.3f: processor %.0f ms, floor %.0f ms (medians); %+.1f%% over the floor; goal <= +10%% %s%n",
          reps, ratio, Stats.median(procMs), Stats.median(floorMs), (ratio - 1) * 100, ratio <= 1.10 ? "met" : "MISSED");
      double cpuRatio = Stats.median(cpuRatios);
      System.out.printf("B2c CPU time (user + system of the javac processes) processor/floor %.3f: processor %.0f ms, floor %.0f ms (medians); %+.1f%% over the floor%n",
          cpuRatio, Stats.median(procCpu), Stats.median(floorCpu), (cpuRatio - 1) * 100);
    } finally {
      JavacBuilds.delete(work);
    }
  }

  private static List<String> with(List<String> base, List<String> more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(more);
    return all;
  }

  /** The jars of {@code b2c.processorpath}, or of {@code samples/benchmarks/target/processor-path}, joined. */
  private static String processorPath() throws IOException {
    String given = System.getProperty("b2c.processorpath");
    if (given != null) {
      return given;
    }
    return JavacBuilds.jarsIn(Path.of("samples/benchmarks/target/processor-path"));
  }

  /** A jar holding the floor processor's one class and nothing else. */
  private static Path floorJar(Path jar) throws IOException {
    String entry = FloorProcessor.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out);
        InputStream in = FloorProcessor.class.getClassLoader().getResourceAsStream(entry)) {
      jarOut.putNextEntry(new JarEntry(entry));
      in.transferTo(jarOut);
      jarOut.closeEntry();
    }
    return jar;
  }
}
