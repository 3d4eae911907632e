package org.lwm2m.codegen.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.eclipse.leshan.core.model.DDFFileParser;
import org.eclipse.leshan.core.model.InvalidDDFFileException;
import org.eclipse.leshan.core.model.ObjectModel;

/**
 * Loads the object XML that lwm2m-codegen writes for annotated interfaces ({@code
 * META-INF/lwm2m/*.xml}) from every jar and folder of a class path, so a server gets the models of
 * a device library by adding its jar. The processor validated these files when it wrote them, so
 * they are read with Leshan's parser alone: its validating parser refuses every LwM2M 1.2 object.
 */
public final class ClassPathModels {
  public static final String FOLDER = "META-INF/lwm2m/";

  private ClassPathModels() {}

  /** Every object model under {@code META-INF/lwm2m/} of {@code loader}'s class path, in file order. */
  public static List<ObjectModel> load(ClassLoader loader) {
    List<ObjectModel> models = new ArrayList<>();
    DDFFileParser parser = new DDFFileParser();
    try {
      Enumeration<URL> folders = loader.getResources(FOLDER);
      for (URL folder : Collections.list(folders)) {
        for (String file : xmlFilesIn(folder)) {
          URL url = new URL(folder, file);
          try (InputStream in = url.openStream()) {
            models.addAll(parser.parse(in, url.toString()));
          } catch (InvalidDDFFileException e) {
            throw new IllegalStateException("invalid object XML " + url + ": " + e.getMessage(), e);
          }
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
        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).forEach(names::add);
      }
      return names;
    }
    URLConnection connection = folder.openConnection();
    if (connection instanceof JarURLConnection) {
      connection.setUseCaches(false);
      try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
        for (JarEntry entry : Collections.list(jar.entries())) {
          String name = entry.getName();
          if (name.startsWith(FOLDER) && name.endsWith(".xml") && name.indexOf('/', FOLDER.length()) < 0) {
            names.add(name.substring(FOLDER.length()));
          }
        }
      }
    }
    return names;
  }
}
