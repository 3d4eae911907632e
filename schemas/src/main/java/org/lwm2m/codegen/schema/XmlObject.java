package org.lwm2m.codegen.schema;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import jakarta.xml.bind.annotation.XmlType;
import org.glassfish.jaxb.core.annotation.XmlLocation;
import org.lwm2m.codegen.schema.DdfFormat.ObjectChild;
import org.xml.sax.Locator;

/**
 * JAXB binding of one {@code <Object>}. Every child is bound as raw text (even ObjectID) so that
 * nothing is lost or rejected here: the schema pass judges values, the mapper converts them.
 * Never leaves the package. Its {@code propOrder} is {@link ObjectChild}'s order (a test checks).
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "description1", "objectId", "urn", "lwm2mVersion",
    "objectVersion", "multipleInstances", "mandatory", "resources", "description2"})
final class XmlObject {

  // JAXB RI fills a transient Locator field marked @XmlLocation with the element's position.
  @XmlLocation @XmlTransient Locator locator;

  @XmlAttribute(name = "ObjectType") String objectType;

  @XmlElement(name = "Name") XmlText name;
  @XmlElement(name = "Description1") XmlText description1;
  @XmlElement(name = "ObjectID") XmlText objectId;
  @XmlElement(name = "ObjectURN") XmlText urn;
  @XmlElement(name = "LWM2MVersion") XmlText lwm2mVersion;
  @XmlElement(name = "ObjectVersion") XmlText objectVersion;
  @XmlElement(name = "MultipleInstances") XmlText multipleInstances;
  @XmlElement(name = "Mandatory") XmlText mandatory;
  @XmlElement(name = "Resources") XmlResources resources;
  @XmlElement(name = "Description2") XmlText description2;

  /** The text child {@code child}, or null when it is absent (always for Resources). */
  XmlText text(ObjectChild child) {
    return switch (child) {
      case Name -> name;
      case Description1 -> description1;
      case ObjectID -> objectId;
      case ObjectURN -> urn;
      case LWM2MVersion -> lwm2mVersion;
      case ObjectVersion -> objectVersion;
      case MultipleInstances -> multipleInstances;
      case Mandatory -> mandatory;
      case Resources -> null;
      case Description2 -> description2;
    };
  }

  /** Where {@code child} starts, or null when it is absent. */
  Locator locator(ObjectChild child) {
    if (child == ObjectChild.Resources) {
      return resources == null ? null : resources.locator;
    }
    XmlText text = text(child);
    return text == null ? null : text.locator;
  }
}
