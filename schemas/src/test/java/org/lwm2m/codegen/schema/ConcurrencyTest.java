package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

  @Test
  void compilesEachSchemaOnce() {
    assertSame(SchemaCache.get(SchemaVersion.V1_0), SchemaCache.get(SchemaVersion.V1_0));
    assertSame(SchemaCache.get(SchemaVersion.V1_1), SchemaCache.get(SchemaVersion.V1_1));
  }

  /**
   * A reader keeps its validators and unmarshallers for the next files: reading every registry
   * file (valid, invalid, lenient) with one reader must give what a fresh reader gives each.
   */
  @Test
  void aReusedReaderReadsEachFileAsAFreshOne() throws Exception {
    ObjectDefinitionReader shared = new ObjectDefinitionReader(ReaderOptions.lenientDefaults());
    int withProblems = 0;
    for (java.nio.file.Path file : Registry.files()) {
      byte[] content = java.nio.file.Files.readAllBytes(file);
      ReadResult fresh = new ObjectDefinitionReader(ReaderOptions.lenientDefaults()).read(Registry.label(file), content);
      assertEquals(fresh, shared.read(Registry.label(file), content), Registry.label(file));
      withProblems += fresh.problems().isEmpty() ? 0 : 1;
    }
    org.junit.jupiter.api.Assertions.assertTrue(withProblems > 10, withProblems + " files with problems: the reuse after them is what this tests");
  }

  @Test
  void oneReaderServesManyThreads() throws Exception {
    ObjectDefinitionReader reader = new ObjectDefinitionReader(ReaderOptions.lenientDefaults());
    List<byte[]> inputs = List.of(
        Ddf.utf8(Ddf.valid10()),
        Ddf.utf8(Ddf.document(Ddf.V10, Ddf.object(32200, "", Ddf.item(0, "A", "R", "Unsigned Integer")))),
        Ddf.utf8(Ddf.document(Ddf.V11, Ddf.object(32201, "", Ddf.item(0, "A", "RX", "Integer")))),
        Ddf.utf8("<LWM2M><broken"));
    List<ReadResult> expected = new ArrayList<>();
    for (byte[] input : inputs) {
      expected.add(reader.read("t.xml", input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ReadResult>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        byte[] input = inputs.get(i % inputs.size());
        Callable<ReadResult> task = () -> reader.read("t.xml", input);
        futures.add(pool.submit(task));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % inputs.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
