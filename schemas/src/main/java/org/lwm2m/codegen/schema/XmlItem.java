package org.lwm2m.codegen.schema;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.lwm2m.codegen.schema.DdfFormat.ItemChild;
import org.xml.sax.Locator;

/**
 * JAXB binding of one resource ({@code <Item ID="n">}), all raw text. Never leaves the package.
 * Its {@code propOrder} is {@link ItemChild}'s order (a test checks).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "operations", "multipleInstances", "mandatory", "type",
    "rangeEnumeration", "units", "description"})
final class XmlItem {

  // JAXB RI fills a transient Locator field marked @XmlLocation with the element's position.
  @XmlLocation @XmlTransient Locator locator;

  @XmlAttribute(name = "ID") String id;

  @XmlElement(name = "Name") XmlText name;
  @XmlElement(name = "Operations") XmlText operations;
  @XmlElement(name = "MultipleInstances") XmlText multipleInstances;
  @XmlElement(name = "Mandatory") XmlText mandatory;
  @XmlElement(name = "Type") XmlText type;
  @XmlElement(name = "RangeEnumeration") XmlText rangeEnumeration;
  @XmlElement(name = "Units") XmlText units;
  @XmlElement(name = "Description") XmlText description;

  /** The child {@code child}, or null when it is absent. */
  XmlText text(ItemChild child) {
    return switch (child) {
      case Name -> name;
      case Operations -> operations;
      case MultipleInstances -> multipleInstances;
      case Mandatory -> mandatory;
      case Type -> type;
      case RangeEnumeration -> rangeEnumeration;
      case Units -> units;
      case Description -> description;
    };
  }
}
