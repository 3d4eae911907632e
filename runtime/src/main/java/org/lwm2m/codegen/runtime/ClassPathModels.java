package org.lwm2m.codegen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.leshan.core.model.DDFFileParser;
import org.eclipse.leshan.core.model.InvalidDDFFileException;
import org.eclipse.leshan.core.model.ObjectModel;
import org.lwm2m.codegen.annotations.LwM2mModels;

/**
 * Loads the object XML that lwm2m-codegen writes for every object a build binds ({@code
 * META-INF/lwm2m/*.xml}) from every jar and folder of a class path, so a server gets the models of
 * a device library by adding its jar. Each build also writes an index ({@code
 * META-INF/lwm2m/index}) naming its files: it finds them in jars built without directory entries,
 * which cannot be listed. The processor validated these files when it wrote them, so they are read
 * with Leshan's parser alone: its validating parser refuses every LwM2M 1.2 object.
 */
public final class ClassPathModels {
  public static final String FOLDER = LwM2mModels.XML_FOLDER;
  public static final String INDEX = FOLDER + "index";

  private ClassPathModels() {}

  /**
   * Every object model under {@code META-INF/lwm2m/} of {@code loader}'s class path: the files
   * named by each index, and those found by listing each folder, each file once, sorted by class
   * path entry and then by name.
   */
  public static List<ObjectModel> load(ClassLoader loader) {
    List<ObjectModel> models = new ArrayList<>();
    DDFFileParser parser = new DDFFileParser();
    try {
      for (URL url : files(loader).values()) {
        try (InputStream in = url.openStream()) {
          models.addAll(parser.parse(in, url.toString()));
        } catch (InvalidDDFFileException e) {
          throw new IllegalStateException("invalid object XML " + url + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + " from the class path", e);
    }
    return models;
  }

  /** The same, from this class's own class loader. */
  public static List<ObjectModel> load() {
    return load(ClassPathModels.class.getClassLoader());
  }

  /** The model files by URL text, so a file both indexed and listed is read once. */
  private static Map<String, URL> files(ClassLoader loader) throws IOException {
    Map<String, TreeSet<String>> namesByFolder = new LinkedHashMap<>();
    for (URL index : Collections.list(loader.getResources(INDEX))) {
      URL folder = new URL(index, ".");
      namesByFolder.computeIfAbsent(folder.toString(), f -> new TreeSet<>()).addAll(indexedIn(index));
    }
    for (URL folder : Collections.list(loader.getResources(FOLDER))) {
      namesByFolder.computeIfAbsent(folder.toString(), f -> new TreeSet<>()).addAll(xmlFilesIn(folder));
    }
    Map<String, URL> files = new LinkedHashMap<>();
    for (Map.Entry<String, TreeSet<String>> folder : namesByFolder.entrySet()) {
      URL base = new URL(folder.getKey());
      for (String name : folder.getValue()) {
        URL file = new URL(base, name);
        files.putIfAbsent(file.toString(), file);
      }
    }
    return files;
  }

  private static TreeSet<String> indexedIn(URL index) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (InputStream in = index.openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (isModelFile(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** A file name directly in the folder: an index never points elsewhere. */
  private static boolean isModelFile(String name) {
    return name.endsWith(".xml") && name.indexOf('/') < 0 && name.indexOf('\\') < 0 && !name.startsWith(".");
  }

  private static TreeSet<String> xmlFilesIn(URL folder) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    if ("file".equals(folder.getProtocol())) {
      Path dir;
      try {
        dir = Paths.get(folder.toURI());
      } catch (URISyntaxException e) {
        throw new IOException(e);
      }
      try (Stream<Path> files = Files.list(dir)) {
        files.map(p -> p.getFileName().toString()).filter(ClassPathModels::isModelFile).forEach(names::add);
      }
      return names;
    }
    URLConnection connection = folder.openConnection();
    if (connection instanceof JarURLConnection) {
      connection.setUseCaches(false);
      try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          String name = entry.getName();
          if (name.startsWith(FOLDER) && isModelFile(name.substring(FOLDER.length()))) {
            names.add(name.substring(FOLDER.length()));
          }
        }
      }
    }
    return names;
  }
}
