package org.lwm2m.codegen.processor.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
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
 */
public final class ModelLocator {
  private final Filer filer;
  private final List<Path> folders;
  private final int maxBytes;
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
        return folder ? list(clean, candidate) : List.of(readFile(clean, candidate));
      }
      inputs.absent(clean, candidate);
    }
    for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
      List<ModelFile> found = folder ? folderIn(location, clean) : fileIn(location, clean);
      if (found != null) {
        return found;
      }
    }
    throw new NotFound(
        "'" + entry + "' was not found in the lwm2m.models folders " + folders
            + ", the class output or the class path");
  }

  private List<ModelFile> fileIn(StandardLocation location, String name) throws NotFound {
    FileObject file;
    try {
      file = filer.getResource(location, "", name);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return null; // javac signals a missing file differently per location
    }
    Path local = localPath(file.toUri());
    try (InputStream in = file.openInputStream()) {
      ModelFile found = new ModelFile(name, readBounded(name, in));
      if (local != null) {
        inputs.file(name, local);
      }
      return List.of(found);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      if (local != null) {
        inputs.absent(name, local);
      }
      return null;
    }
  }

  private List<ModelFile> folderIn(StandardLocation location, String folder) throws NotFound {
    URI uri;
    try {
      // Filer cannot list a folder: ask for a file in it and list the folder that file would be in.
      uri = filer.getResource(location, "", folder + "lwm2m-folder-probe.xml").toUri();
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      return null;
    }
    if (!"file".equals(uri.getScheme())) {
      return null;
    }
    Path dir = Path.of(uri).getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      if (dir != null) {
        inputs.absent(folder, dir);
      }
      return null;
    }
    return list(folder, dir);
  }

  /** The file behind a Filer URI; null inside a jar (Maven sees a changed jar itself). */
  private static Path localPath(URI uri) {
    try {
      return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return null;
    }
  }

  private List<ModelFile> list(String folder, Path dir) throws NotFound {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new NotFound("cannot list folder '" + folder + "': " + e.getMessage());
    }
    inputs.folder(folder, dir, files.stream().map(p -> p.getFileName().toString()).toList());
    List<ModelFile> result = new ArrayList<>();
    for (Path p : files) {
      result.add(readFile(folder + p.getFileName(), p));
    }
    return result;
  }

  private ModelFile readFile(String name, Path path) throws NotFound {
    inputs.file(name, path);
    try (InputStream in = Files.newInputStream(path)) {
      return new ModelFile(name, readBounded(name, in));
    } catch (IOException e) {
      throw new NotFound("cannot read '" + name + "': " + e.getMessage());
    }
  }

  /** Reads at most one byte more than allowed: the reader then reports the file as too large. */
  private byte[] readBounded(String name, InputStream in) throws IOException {
    return in.readNBytes(maxBytes + 1);
  }
}
