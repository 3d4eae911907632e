package org.lwm2m.codegen.schema;

import java.util.Map;

/**
 * One resource ({@code <Item>}) of an object definition, immutable. Text fields hold the element
 * text exactly as written (no trimming), so a model built from them equals what Leshan's parser
 * gives. A field is null only when its element is absent or its value unknown, which makes the
 * file schema-invalid.
 *
 * @param elementLocations where each child element starts, by element name ({@code "Type"}...)
 */
public record ResourceDefinition(
    int id,
    String name,
    Operations operations,
    boolean multiple,
    boolean mandatory,
    ResourceType type,
    String rangeEnumeration,
    String units,
    String description,
    Location location,
    Map<String, Location> elementLocations) {

  public ResourceDefinition {
    elementLocations = Map.copyOf(elementLocations);
  }

  /** Where the named child element starts, or where the resource starts when it is absent. */
  public Location locationOf(String element) {
    return elementLocations.getOrDefault(element, location);
  }
}
