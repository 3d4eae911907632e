package org.lwm2m.codegen.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The two XSDs, compiled once per JVM on first use. They are read from Leshan's core jar
 * ({@code /schemas/...}), never copied. {@link Schema} is immutable and thread-safe.
 */
final class SchemaCache {

  private static final Map<SchemaVersion, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SchemaCache() {}

  static Schema get(SchemaVersion version) {
    // computeIfAbsent runs compile at most once per key, even under contention.
    return SCHEMAS.computeIfAbsent(version, SchemaCache::compile);
  }

  private static Schema compile(SchemaVersion version) {
    String resource = "/schemas/" + version.fileName();
    URL url = SchemaCache.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          resource + " not found on the class path: is leshan-lwm2m-core missing?");
    }
    try (InputStream in = url.openStream()) {
      SchemaFactory factory = SchemaFactory.newDefaultInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(in, url.toExternalForm()));
    } catch (IOException | SAXException e) {
      throw new IllegalStateException("cannot compile " + resource, e);
    }
  }
}
