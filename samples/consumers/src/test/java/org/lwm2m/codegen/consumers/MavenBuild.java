package org.lwm2m.codegen.consumers;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One real Maven process on a consumer project: a Maven from {@link Toolchain} on a JDK, in batch
 * mode, with this build's local repository (so it sees the artifacts just installed). Output goes to a log file next to the project; a failed expectation quotes its
 * end.
 */
final class MavenBuild {
  private static final long TIMEOUT_MINUTES = 10;

  private final Toolchain maven;
  private final Toolchain jdk;

  MavenBuild(Toolchain maven, Toolchain jdk) {
    this.maven = maven;
    this.jdk = jdk;
  }

  /** The result of one run. */
  record Result(String label, int exitCode, String output, Path log, double seconds) {
    Result succeeded() {
      if (exitCode != 0) {
        fail(label + " failed with exit code " + exitCode + " (log: " + log + "):\n" + tail());
      }
      return this;
    }

    Result failed() {
      if (exitCode == 0) {
        fail(label + " succeeded but was expected to fail (log: " + log + "):\n" + tail());
      }
      return this;
    }

    /** The last 60 lines of the output, for failure messages. */
    String tail() {
      List<String> lines = output.lines().toList();
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
  }

  String label() {
    return maven.label() + " on " + jdk.label();
  }

  /** Runs {@code mvn -B args} in {@code project}; the log is {@code project/../<name>.log}. */
  Result run(Path project, String name, String... args) throws IOException, InterruptedException {
    Path mavenHome = maven.home();
    Path javaHome = jdk.home();
    List<String> command = new ArrayList<>();
    command.add(javaHome.resolve("bin/java").toString());
    // bin/mvn's own launch, without relying on the archive keeping its executable bits.
    command.add("-classpath");
    command.add(bootJar(mavenHome).toString());
    command.add("-Dclassworlds.conf=" + mavenHome.resolve("bin/m2.conf"));
    command.add("-Dmaven.home=" + mavenHome);
    command.add("-Dlibrary.jansi.path=" + mavenHome.resolve("lib/jansi-native"));
    command.add("-Dmaven.multiModuleProjectDirectory=" + project);
    command.add("org.codehaus.plexus.classworlds.launcher.Launcher");
    command.add("-B");
    command.add("-Dstyle.color=never");
    command.add("-Dmaven.repo.local=" + Toolchain.required("consumer.repo.local"));
    command.addAll(List.of(args));

    Path log = project.resolveSibling(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().remove("MAVEN_OPTS");
    builder.environment().remove("MAVEN_ARGS");
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      fail(label() + ": mvn " + String.join(" ", args) + " did not finish in " + TIMEOUT_MINUTES + " minutes (log: " + log + ")");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    String label = label() + ": mvn " + String.join(" ", args);
    System.out.printf(Locale.ROOT, "[consumer] %-60s exit %d in %5.1f s (%s)%n", label, process.exitValue(), seconds, name);
    return new Result(label, process.exitValue(), output, log, seconds);
  }

  private static Path bootJar(Path mavenHome) throws IOException {
    try (var files = Files.list(mavenHome.resolve("boot"))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("plexus-classworlds-"))
          .findFirst()
          .orElseThrow(() -> new IOException("no plexus-classworlds jar in " + mavenHome.resolve("boot")));
    }
  }
}
