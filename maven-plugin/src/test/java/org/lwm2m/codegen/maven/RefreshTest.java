package org.lwm2m.codegen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The staleness decision on a project laid out as Maven does it: resources copied into the class
 * output, a record the processor would have written, and the class file compiled from the package.
 */
class RefreshTest {
  @TempDir Path project;
  Path resources;
  Path classes;
  Path generated;
  Path classFile;
  final List<String> info = new ArrayList<>();
  final List<String> debug = new ArrayList<>();

  @BeforeEach
  void layOut() throws IOException {
    resources = Files.createDirectories(project.resolve("src/main/resources"));
    classes = Files.createDirectories(project.resolve("target/classes"));
    generated = Files.createDirectories(project.resolve("target/generated-sources/annotations"));
    classFile = Files.createDirectories(classes.resolve("com/acme/objects")).resolve("package-info.class");
    Files.write(classFile, new byte[] {(byte) 0xCA, (byte) 0xFE});
  }

  /** Writes a resource and its copy, as maven-resources-plugin leaves them. */
  Path resource(String name, String text) throws IOException {
    Path source = resources.resolve(name);
    Files.createDirectories(source.getParent());
    Files.writeString(source, text);
    Path copy = classes.resolve(name);
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, text);
    return copy;
  }

  static String fileLine(String name, Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return "file\t" + a.lastModifiedTime().toMillis() + "\t" + a.size() + "\t" + name + "\t" + file.toAbsolutePath();
  }

  void record(String... facts) throws IOException {
    List<String> lines = new ArrayList<>(List.of(InputsRecord.HEADER, "element\tcom.acme.objects", "class\tcom/acme/objects/package-info.class"));
    lines.addAll(List.of(facts));
    Path dir = Files.createDirectories(generated.resolve(InputsRecord.FOLDER));
    Files.write(dir.resolve("com.acme.objects.package-info.inputs"), lines, StandardCharsets.UTF_8);
  }

  List<String> refresh() throws IOException {
    ResourceCopies copies = new ResourceCopies(classes, List.of(new ResourceCopies.Root(resources, null)));
    return new Refresh(generated, classes, copies).run(info::add, debug::add);
  }

  /** A folder entry's record: the folder and each file in it, as the processor writes them. */
  void recordFolder(Path... copies) throws IOException {
    List<String> facts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path copy : copies) {
      names.add(copy.getFileName().toString());
      facts.add(fileLine("lwm2m/" + copy.getFileName(), copy));
    }
    facts.add(0, "folder\tlwm2m/\t" + classes.resolve("lwm2m").toAbsolutePath() + "\t" + String.join("/", names));
    record(facts.toArray(String[]::new));
  }

  @Test
  void nothingChangedIsQuietAndKeepsTheClass() throws IOException {
    Path copy = resource("lwm2m/3303.xml", "<LWM2M/>");
    recordFolder(copy);
    assertEquals(List.of(), refresh());
    assertEquals(List.of(), info);
    assertTrue(Files.exists(classFile));
  }

  @Test
  void anEditedFileRecompilesTheElement() throws IOException {
    Path copy = resource("lwm2m/3303.xml", "<LWM2M/>");
    record(fileLine("lwm2m/3303.xml", copy));
    Files.writeString(copy, "<LWM2M></LWM2M>");
    assertEquals(List.of("com.acme.objects"), refresh());
    assertEquals(List.of("lwm2m/3303.xml changed: recompiling com.acme.objects"), info);
    assertFalse(Files.exists(classFile), "the class is deleted so that the compiler recompiles");
    assertTrue(Files.exists(copy), "only build output of the element is deleted");
  }

  @Test
  void aFileRestoredWithAnOlderTimeOfTheSameSizeCountsAsChanged() throws IOException {
    Path copy = resource("lwm2m/3303.xml", "<LWM2M/>");
    record(fileLine("lwm2m/3303.xml", copy));
    Files.setLastModifiedTime(copy, FileTime.fromMillis(Files.getLastModifiedTime(copy).toMillis() - 60_000));
    refresh();
    assertEquals(List.of("lwm2m/3303.xml changed: recompiling com.acme.objects"), info);
    assertFalse(Files.exists(classFile));
  }

  @Test
  void aFileAddedToAFolderEntryIsNamed() throws IOException {
    Path first = resource("lwm2m/3303.xml", "<LWM2M/>");
    recordFolder(first);
    resource("lwm2m/3304.xml", "<LWM2M/>");
    resource("lwm2m/notes.txt", "not an object");
    refresh();
    assertEquals(List.of("lwm2m/3304.xml added: recompiling com.acme.objects"), info);
    assertFalse(Files.exists(classFile));
  }

  @Test
  void aFileThatIsNoObjectXmlChangesNothing() throws IOException {
    Path first = resource("lwm2m/3303.xml", "<LWM2M/>");
    recordFolder(first);
    resource("lwm2m/notes.txt", "not an object");
    Files.createDirectories(classes.resolve("lwm2m/sub.xml")); // a folder named like a file
    assertEquals(List.of(), refresh());
    assertTrue(Files.exists(classFile));
  }

  @Test
  void aResourceDeletedFromTheSourcesLosesItsStaleCopy() throws IOException {
    Path first = resource("lwm2m/3303.xml", "<LWM2M/>");
    Path second = resource("lwm2m/3304.xml", "<LWM2M/>");
    recordFolder(first, second);
    Files.delete(resources.resolve("lwm2m/3304.xml"));
    refresh();
    assertEquals(List.of("lwm2m/3304.xml deleted: recompiling com.acme.objects"), info);
    assertFalse(Files.exists(second), "the copy the resources plugin left behind is removed");
    assertTrue(Files.exists(first));
    assertFalse(Files.exists(classFile));
  }

  @Test
  void aFileNoResourceIsCopiedToIsNeverTakenForAnOrphan() throws IOException {
    Path copy = resource("lwm2m/3303.xml", "<LWM2M/>");
    record(fileLine("lwm2m/3303.xml", copy));
    Files.delete(resources.resolve("lwm2m/3303.xml"));
    // The resources go to target/classes/web only: nothing in lwm2m/ is theirs.
    ResourceCopies elsewhere = new ResourceCopies(classes, List.of(new ResourceCopies.Root(resources, "web")));
    assertEquals(List.of(), new Refresh(generated, classes, elsewhere).run(info::add, debug::add));
    assertTrue(Files.exists(copy));
    assertTrue(Files.exists(classFile));
  }

  @Test
  void aTargetPathIsFollowedToTheSource() throws IOException {
    Path source = Files.createDirectories(project.resolve("models")).resolve("3303.xml");
    Files.writeString(source, "<LWM2M/>");
    Path copy = Files.createDirectories(classes.resolve("lwm2m")).resolve("3303.xml");
    Files.writeString(copy, "<LWM2M/>");
    record(fileLine("lwm2m/3303.xml", copy));
    ResourceCopies copies = new ResourceCopies(classes, List.of(new ResourceCopies.Root(project.resolve("models"), "lwm2m")));
    assertEquals(List.of(), new Refresh(generated, classes, copies).run(info::add, debug::add), "its source is there");
    Files.delete(source);
    new Refresh(generated, classes, copies).run(info::add, debug::add);
    assertEquals(List.of("lwm2m/3303.xml deleted: recompiling com.acme.objects"), info);
    assertFalse(Files.exists(copy));
  }

  @Test
  void aDeletedModelsFolderFileIsReported() throws IOException {
    Path models = Files.createDirectories(project.resolve("models"));
    Path file = Files.writeString(models.resolve("3303.xml"), "<LWM2M/>");
    record(fileLine("3303.xml", file));
    Files.delete(file);
    refresh();
    assertEquals(List.of("3303.xml deleted: recompiling com.acme.objects"), info);
    assertFalse(Files.exists(classFile));
  }

  @Test
  void aFileAppearingWhereTheLookupFoundNoneTakesPrecedence() throws IOException {
    Path models = Files.createDirectories(project.resolve("models"));
    record("absent\tmodels/3.xml\t" + models.resolve("models/3.xml").toAbsolutePath());
    assertEquals(List.of(), refresh());
    Files.createDirectories(models.resolve("models"));
    Files.writeString(models.resolve("models/3.xml"), "<LWM2M/>");
    refresh();
    assertEquals(List.of("models/3.xml added: recompiling com.acme.objects"), info);
  }

  @Test
  void severalChangesMakeOneLine() throws IOException {
    Path first = resource("lwm2m/3303.xml", "<LWM2M/>");
    Path second = resource("lwm2m/3304.xml", "<LWM2M/>");
    recordFolder(first, second);
    Files.writeString(first, "<LWM2M> </LWM2M>");
    Files.writeString(second, "<LWM2M>  </LWM2M>");
    refresh();
    assertEquals(List.of("lwm2m/3303.xml changed (and 1 more): recompiling com.acme.objects"), info);
  }

  @Test
  void noClassFileMeansTheCompilerRunsAnywayAndNothingIsSaid() throws IOException {
    Path copy = resource("lwm2m/3303.xml", "<LWM2M/>");
    record(fileLine("lwm2m/3303.xml", copy));
    Files.writeString(copy, "<LWM2M></LWM2M>");
    Files.delete(classFile); // the first build, or the last one failed
    assertEquals(List.of(), refresh());
    assertEquals(List.of(), info);
  }

  @Test
  void noRecordsFolderIsNoWork() throws IOException {
    assertEquals(List.of(), new Refresh(project.resolve("nowhere"), classes, ResourceCopies.none(classes)).run(info::add, debug::add));
    assertTrue(Files.exists(classFile));
  }

  @Test
  void aRecordOfAnotherFormatIsSkippedWithADebugLine() throws IOException {
    Path dir = Files.createDirectories(generated.resolve(InputsRecord.FOLDER));
    Files.writeString(dir.resolve("x.inputs"), "lwm2m-codegen-inputs 99\nclass\tcom/acme/objects/package-info.class\n");
    Files.writeString(dir.resolve("y.inputs"), InputsRecord.HEADER + "\nelement\tcom.acme\nclass\tcom/acme/objects/package-info.class\nfile\tnot-a-number\n");
    assertEquals(List.of(), refresh());
    assertEquals(2, debug.size(), debug.toString());
    assertTrue(debug.get(0).contains("x.inputs"), debug.toString());
    assertTrue(Files.exists(classFile));
  }
}
