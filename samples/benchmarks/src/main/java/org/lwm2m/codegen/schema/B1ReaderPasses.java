package org.lwm2m.codegen.schema;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.leshan.core.model.DDFFileParser;
import org.eclipse.leshan.core.model.DefaultDDFFileValidatorFactory;

/**
 * B1's analysis tool: where {@link ObjectDefinitionReader}'s time goes, pass by pass, over every
 * registry file (it sits in the reader's package to time its package-private passes; it changes
 * nothing). Also Leshan's parser without and with validation, for the same files.
 *
 * <pre>java -cp samples/benchmarks/target/benchmarks.jar org.lwm2m.codegen.schema.B1ReaderPasses</pre>
 *
 * System properties: {@code lwm2m.registry.dir}, {@code b1.passes.rounds} (default 15, the last
 * two thirds reported as medians).
 */
public final class B1ReaderPasses {
  private static volatile Object sink;

  private B1ReaderPasses() {}

  public static void main(String[] args) throws Exception {
    String dir = System.getProperty("lwm2m.registry.dir", "../shared/lwm2m-registry");
    Path registry = Path.of(dir);
    if (!Files.isDirectory(registry.resolve("objects"))) {
      System.out.println("skipped: no registry at " + registry.toAbsolutePath() + " (set -Dlwm2m.registry.dir)");
      return;
    }
    int rounds = Integer.getInteger("b1.passes.rounds", 15);
    List<byte[]> files = new ArrayList<>();
    for (String folder : new String[] {"objects", "version_history"}) {
      try (Stream<Path> s = Files.list(registry.resolve(folder))) {
        for (Path p : s.filter(f -> f.toString().endsWith(".xml")).sorted().collect(Collectors.toList())) {
          files.add(Files.readAllBytes(p));
        }
      }
    }
    int n = files.size();
    String[] names = {
      "SecureXml.newReader() alone", "1 well-formedness scan", "2 schema validation", "  of which newValidator()",
      "3 JAXB binding", "4 mapping", "whole ObjectDefinitionReader.read", "Leshan DDFFileParser, no validation",
      "Leshan DDFFileParser, validating", "DirectReader (one pass, or declines)"
    };
    double[][] us = new double[names.length][rounds];
    ObjectDefinitionReader reader = new ObjectDefinitionReader();
    DDFFileParser leshanPlain = new DDFFileParser();
    DDFFileParser leshanValidating = new DDFFileParser(new DefaultDDFFileValidatorFactory());
    for (int r = 0; r < rounds; r++) {
      long[] t = new long[names.length];
      long s = System.nanoTime();
      for (byte[] f : files) {
        sink = SecureXml.newReader();
      }
      t[0] = System.nanoTime() - s;
      s = System.nanoTime();
      for (byte[] f : files) {
        sink = DocumentScanner.scan("f.xml", f, new ArrayList<>());
      }
      t[1] = System.nanoTime() - s;
      s = System.nanoTime();
      for (byte[] f : files) {
        sink = SchemaValidation.validate(SchemaVersion.V1_1, "f.xml", f);
      }
      t[2] = System.nanoTime() - s;
      s = System.nanoTime();
      for (byte[] f : files) {
        sink = SchemaCache.get(SchemaVersion.V1_1).newValidator();
      }
      t[3] = System.nanoTime() - s;
      List<XmlLwm2m> roots = new ArrayList<>();
      s = System.nanoTime();
      for (byte[] f : files) {
        roots.add(JaxbBinding.unmarshal(f));
      }
      t[4] = System.nanoTime() - s;
      s = System.nanoTime();
      for (XmlLwm2m root : roots) {
        if (root != null) {
          sink = new DefinitionMapper("f.xml").map(root, SchemaVersion.V1_1, null);
        }
      }
      t[5] = System.nanoTime() - s;
      s = System.nanoTime();
      for (byte[] f : files) {
        sink = reader.read("f.xml", f);
      }
      t[6] = System.nanoTime() - s;
      s = System.nanoTime();
      for (byte[] f : files) {
        try {
          sink = leshanPlain.parse(new ByteArrayInputStream(f), "f.xml");
        } catch (Exception e) {
          sink = e;
        }
      }
      t[7] = System.nanoTime() - s;
      s = System.nanoTime();
      for (byte[] f : files) {
        try {
          sink = leshanValidating.parse(new ByteArrayInputStream(f), "f.xml");
        } catch (Exception e) {
          sink = e;
        }
      }
      t[8] = System.nanoTime() - s;
      s = System.nanoTime();
      for (byte[] f : files) {
        sink = DirectReader.read("f.xml", f);
      }
      t[9] = System.nanoTime() - s;
      for (int i = 0; i < names.length; i++) {
        us[i][r] = t[i] / 1e3 / n;
      }
    }
    System.out.println("B1 reader passes over " + n + " registry files, us per file (median of the last " + (rounds - rounds / 3) + " of " + rounds + " rounds):");
    for (int i = 0; i < names.length; i++) {
      double[] tail = Arrays.copyOfRange(us[i], rounds / 3, rounds);
      Arrays.sort(tail);
      System.out.printf("  %-38s %8.1f%n", names[i], tail[tail.length / 2]);
    }
    System.out.println("(passes 1-3 each build a new secure parser; 2 also a new Validator; the reader runs DirectReader,"
        + " then 1, 2, 3 and 4 for the files it declines)");
  }
}
