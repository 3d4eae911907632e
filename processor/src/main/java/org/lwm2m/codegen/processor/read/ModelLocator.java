package org.lwm2m.codegen.processor.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the files of an {@code @LwM2mModels} entry: in the {@code lwm2m.models} folders, then in
 * the class output (where Maven has copied {@code src/main/resources}), then on the compile class
 * path. A folder entry (ending in {@code /}) takes every {@code *.xml} file in it, sorted by name;
 * folders can be listed where they are real directories, not inside jars.
 *
 * <p>Compilers differ here. javac's Filer answers for a file that does not exist in an output
 * location, ecj's only for files (and folders) that exist, so a folder is found either way. The
 * Eclipse IDE's Filer cannot read the class path at all: there, a {@code models/} entry is taken
 * from the copy of Leshan's default models the processor jar carries (the same files as in Leshan's
 * core jar on the compile class path), and anything else gets a message saying where to put the
 * file.
 */
public final class ModelLocator {
  /** Leshan keeps its default object models in its core jar under this folder. */
  static final String LESHAN_MODELS = "models/";

  private final Filer filer;
  private final List<Path> folders;
  private final int maxBytes;
  private Boolean classPathReadable;
  private Inputs inputs = Inputs.NONE;

  public ModelLocator(Filer filer, List<Path> folders, int maxBytes) {
    this.filer = filer;
    this.folders = folders;
    this.maxBytes = maxBytes;
  }

  /** Thrown when an entry is found nowhere, or cannot be read; the message says what was tried. */
  public static final class NotFound extends Exception {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }

  /**
   * Told what a lookup read and where it looked in vain, so that a build tool can tell when the
   * entry's bindings are stale (Maven does not recompile when only an XML file changed).
   */
  public interface Inputs {
    Inputs NONE = new Inputs() {};

    /** {@code file} was read for {@code name}. */
    default void file(String name, Path file) {}

    /** Folder entry {@code name} was listed in {@code dir}, which held these {@code *.xml} files. */
    default void folder(String name, Path dir, List<String> xmlFiles) {}

    /** {@code name} was looked for at {@code path} and was not there. */
    default void absent(String name, Path path) {}
  }

  /** {@link #find(String)}, telling {@code inputs} what it read. */
  public List<ModelFile> find(String entry, Inputs inputs) throws NotFound {
    this.inputs = inputs;
    try {
      return find(entry);
    } finally {
      this.inputs = Inputs.NONE;
    }
  }

  public List<ModelFile> find(String entry) throws NotFound {
    try {
      return locate(entry);
    } catch (InvalidPathException e) {
      // A character the file system refuses, a NUL say: the entry's problem, not the processor's
      // (the Filer's own refusals are caught where it is called).
      throw new NotFound("'" + visible(entry) + "' is not a valid file or folder name: " + visible(String.valueOf(e.getMessage())));
    }
  }

  private static String visible(String s) {
    return s.replace("\0", "\\0");
  }

  private List<ModelFile> locate(String entry) throws NotFound {
    String clean = entry.trim().replace('\\', '/');
    while (clean.startsWith("/")) {
      clean = clean.substring(1);
    }
    if (clean.isEmpty() || clean.equals("/") || Path.of(clean).normalize().startsWith("..")) {
      throw new NotFound("'" + entry + "' is not a relative file or folder name");
    }
    boolean folder = clean.endsWith("/");
    for (Path base : folders) {
      Path candidate = base.resolve(clean);
      if (folder ? Files.isDirectory(candidate) : Files.isRegularFile(candidate)) {
        return folder ? list(clean, candidate, false) : List.of(readFolderFile(clean, candidate));
      }
      inputs.absent(clean, candidate);
    }
    for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
      List<ModelFile> found = folder ? folderIn(location, clean) : fileIn(location, clean);
      if (found != null) {
        return found;
      }
    }
    if (!classPathReadable()) {
      List<ModelFile> leshan = folder || !clean.startsWith(LESHAN_MODELS) ? null : leshanModel(clean);
      if (leshan != null) {
        return leshan;
      }
      throw new NotFound(
          "'" + entry + "' was not found in the lwm2m.models folders " + folders + " or the class output;"
              + " this compiler does not let processors read the class path (Eclipse IDE): copy the file into"
              + " src/main/resources, or name a folder holding it in -Alwm2m.models");
    }
    if (!folder && isFolderSomewhere(clean)) {
      throw new NotFound("'" + entry + "' is a folder: write '" + clean + "/' to take every *.xml file in it");
    }
    throw new NotFound(
        "'" + entry + "' was not found in the lwm2m.models folders " + folders
            + ", the class output or the class path");
  }

  /** A file entry that names a folder: the likeliest mistake is the missing trailing slash. */
  private boolean isFolderSomewhere(String name) {
    for (Path base : folders) {
      if (Files.isDirectory(base.resolve(name))) {
        return true;
      }
    }
    return directoryOf(StandardLocation.CLASS_OUTPUT, name, true) != null
        || directoryOf(StandardLocation.CLASS_OUTPUT, name + "/lwm2m-folder-probe.xml", false) != null;
  }

  private List<ModelFile> fileIn(StandardLocation location, String name) throws NotFound {
    FileObject file;
    try {
      file = filer.getResource(location, "", name);
    } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      return null; // each compiler signals a missing file, or a location it cannot read, its own way
    }
    Path local = localPath(uriOf(file));
    try (InputStream in = file.openInputStream()) {
      byte[] content = readBounded(in);
      if (local != null) {
        inputs.file(name, local);
      }
      return List.of(new ModelFile(name, DisplayPaths.of(uriOf(file), name, content), content));
    } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      if (local != null) {
        inputs.absent(name, local);
      }
      return null;
    }
  }

  private List<ModelFile> folderIn(StandardLocation location, String folder) throws NotFound {
    // Filer cannot list a folder: find where it is, as a file in it (javac answers for files that
    // do not exist in output locations) or as the folder itself (ecj answers for what exists).
    for (String probe : List.of(folder + "lwm2m-folder-probe.xml", folder.substring(0, folder.length() - 1))) {
      Path dir = directoryOf(location, probe, !probe.endsWith(".xml"));
      if (dir != null) {
        return list(folder, dir, true);
      }
    }
    Path wouldBe = wouldBeFolder(location, folder);
    if (wouldBe != null) {
      inputs.absent(folder, wouldBe);
    }
    return null;
  }

  /** Where javac would have the folder in an output location, though it does not exist; or null. */
  private Path wouldBeFolder(StandardLocation location, String folder) {
    try {
      Path probe = localPath(uriOf(filer.getResource(location, "", folder + "lwm2m-folder-probe.xml")));
      return probe == null ? null : probe.getParent();
    } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      return null;
    }
  }

  /** The file behind a Filer URI; null inside a jar (Maven sees a changed jar itself). */
  private static Path localPath(URI uri) {
    try {
      return uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  /** The directory {@code name} is (or, for a file, is in) in {@code location}, or null. */
  private Path directoryOf(StandardLocation location, String name, boolean isFolder) {
    try {
      URI uri = uriOf(filer.getResource(location, "", name));
      if (uri == null || !"file".equals(uri.getScheme())) {
        return null;
      }
      Path path = Path.of(uri);
      Path dir = isFolder ? path : path.getParent();
      return dir != null && Files.isDirectory(dir) ? dir : null;
    } catch (IOException | IllegalArgumentException | IllegalStateException | UnsupportedOperationException
        | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  private static URI uriOf(FileObject file) {
    return file == null ? null : file.toUri();
  }

  /**
   * Whether the Filer can read the class path at all: the IDE's refuses the location itself
   * (IllegalArgumentException), whatever the name; the batch compilers say a file is missing.
   */
  private boolean classPathReadable() {
    if (classPathReadable == null) {
      try {
        filer.getResource(StandardLocation.CLASS_PATH, "", "lwm2m-class-path-probe.xml");
        classPathReadable = true;
      } catch (IOException e) {
        classPathReadable = true;
      } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
        classPathReadable = false;
      }
    }
    return classPathReadable;
  }

  /**
   * {@code name} from the processor's own class path, or null: Leshan's {@code models/} travel in
   * the processor jar (and in its tests, in Leshan's core jar).
   */
  private List<ModelFile> leshanModel(String name) throws NotFound {
    URL url = ModelLocator.class.getClassLoader().getResource(name);
    if (url == null) {
      return null;
    }
    try {
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false); // do not keep the jar open after the build
      try (InputStream in = connection.getInputStream()) {
        byte[] content = readBounded(in);
        return List.of(new ModelFile(name, DisplayPaths.of(url.toURI(), name, content), content));
      }
    } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
      return null;
    }
  }

  private List<ModelFile> list(String folder, Path dir, boolean output) throws NotFound {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new NotFound("cannot list folder " + DisplayPaths.ofFolderFile(dir) + ": " + e.getMessage());
    }
    inputs.folder(folder, dir, files.stream().map(p -> p.getFileName().toString()).toList());
    List<ModelFile> result = new ArrayList<>();
    for (Path p : files) {
      String name = folder + p.getFileName();
      if (output) {
        inputs.file(name, p);
        byte[] content = readPath(p);
        result.add(new ModelFile(name, DisplayPaths.ofOutputFile(p, name, content), content));
      } else {
        result.add(readFolderFile(name, p));
      }
    }
    return result;
  }

  private ModelFile readFolderFile(String name, Path path) throws NotFound {
    inputs.file(name, path);
    return new ModelFile(name, DisplayPaths.ofFolderFile(path), readPath(path));
  }

  private byte[] readPath(Path path) throws NotFound {
    try (InputStream in = Files.newInputStream(path)) {
      return readBounded(in);
    } catch (IOException e) {
      throw new NotFound("cannot read " + DisplayPaths.ofFolderFile(path) + ": " + e.getMessage());
    }
  }

  /** Reads at most one byte more than allowed: the reader then reports the file as too large. */
  private byte[] readBounded(InputStream in) throws IOException {
    return in.readNBytes(maxBytes + 1);
  }
}
