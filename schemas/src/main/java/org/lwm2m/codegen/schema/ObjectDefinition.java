package org.lwm2m.codegen.schema;

import java.util.List;
import java.util.Map;

/**
 * One object definition ({@code <Object ObjectType="MODefinition">}), immutable; the model both
 * inputs (object XML, annotated interfaces) are turned into. Text fields hold the element text
 * exactly as written. {@code lwm2mVersion} and {@code objectVersion} are null when their optional
 * elements are absent (both then mean 1.0).
 *
 * @param schema the schema the file names, or null when it names none or an unknown one
 * @param license the text of the licence comment before the root element, or null
 * @param elementLocations where each child element starts, by element name
 */
public record ObjectDefinition(
    String name,
    String description1,
    int objectId,
    String urn,
    String lwm2mVersion,
    String objectVersion,
    boolean multiple,
    boolean mandatory,
    List<ResourceDefinition> resources,
    String description2,
    SchemaVersion schema,
    String license,
    Location location,
    Map<String, Location> elementLocations) {

  /**
   * The {@code objectId} (or a resource's {@code id}) of an ID the reader could not read: missing,
   * not a number or above 65535. The reader has reported it as a schema problem, so the rules say
   * nothing more about it, and no two such IDs are the same object.
   */
  public static final int UNREADABLE_ID = Integer.MIN_VALUE;


  public static final String DEFAULT_VERSION = "1.0";

  public ObjectDefinition {
    resources = List.copyOf(resources);
    elementLocations = Map.copyOf(elementLocations);
  }

  /** The LwM2M version, "1.0" when the element is absent or empty (as Leshan reads it). */
  public String effectiveLwm2mVersion() {
    return lwm2mVersion == null || lwm2mVersion.isEmpty() ? DEFAULT_VERSION : lwm2mVersion;
  }

  /** The object version, "1.0" when the element is absent or empty (as Leshan reads it). */
  public String effectiveObjectVersion() {
    return objectVersion == null || objectVersion.isEmpty() ? DEFAULT_VERSION : objectVersion;
  }

  /** Where the named child element starts, or where the object starts when it is absent. */
  public Location locationOf(String element) {
    return elementLocations.getOrDefault(element, location);
  }

  /** The source file name (without folders) the definition was read from. */
  public String sourceName() {
    return location.file();
  }

  /**
   * This definition with {@link #sourceName()} {@code sourceName}, for generated files: they name the
   * file as the build's input spells it, where diagnostics name the path that was read. Element
   * and resource locations stay as read.
   */
  public ObjectDefinition withSourceName(String sourceName) {
    return new ObjectDefinition(name, description1, objectId, urn, lwm2mVersion, objectVersion, multiple,
        mandatory, resources, description2, schema, license, new Location(sourceName, location.line(), location.column()),
        elementLocations);
  }
}
