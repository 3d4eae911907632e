package org.lwm2m.codegen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.lwm2m.codegen.schema.DdfFormat.Child;
import org.lwm2m.codegen.schema.DdfFormat.ItemChild;
import org.lwm2m.codegen.schema.DdfFormat.ObjectChild;

/**
 * The JAXB classes spell the structure out once more, in annotations (which must be constants):
 * they must agree with {@link DdfFormat}, and their by-child accessors must give each child's field.
 */
class DdfFormatTest {

  /** The element names of {@code type}'s properties, in its {@code propOrder}. */
  private static List<String> elementsInPropOrder(Class<?> type) throws NoSuchFieldException {
    List<String> names = new ArrayList<>();
    for (String property : type.getAnnotation(XmlType.class).propOrder()) {
      XmlElement element = type.getDeclaredField(property).getAnnotation(XmlElement.class);
      assertNotNull(element, type.getSimpleName() + "." + property + " is not an element");
      names.add(element.name());
    }
    return names;
  }

  private static List<String> names(Child[] children) {
    return Arrays.stream(children).map(Child::name).toList();
  }

  @Test
  void jaxbPropOrdersAreTheFormatsOrder() throws Exception {
    assertEquals(names(ObjectChild.values()), elementsInPropOrder(XmlObject.class));
    assertEquals(names(ItemChild.values()), elementsInPropOrder(XmlItem.class));
    assertEquals(DdfFormat.ROOT, XmlLwm2m.class.getAnnotation(jakarta.xml.bind.annotation.XmlRootElement.class).name());
  }

  /** Sets a distinct XmlText on the field bound to each text child and reads it back by child. */
  private static <C extends Child> void accessorsGiveEachChildsField(
      Object binding, C[] children, Function<C, XmlText> accessor) throws Exception {
    for (C child : children) {
      Field field = fieldOf(binding.getClass(), child.name());
      if (field.getType() != XmlText.class) {
        continue; // Resources
      }
      XmlText text = new XmlText();
      field.set(binding, text);
      assertSame(text, accessor.apply(child), child.name());
    }
  }

  private static Field fieldOf(Class<?> type, String element) {
    for (Field field : type.getDeclaredFields()) {
      XmlElement annotation = field.getAnnotation(XmlElement.class);
      if (annotation != null && annotation.name().equals(element)) {
        return field;
      }
    }
    throw new AssertionError(type.getSimpleName() + " binds no element " + element);
  }

  @Test
  void byChildAccessorsGiveTheBoundFields() throws Exception {
    XmlObject object = new XmlObject();
    accessorsGiveEachChildsField(object, ObjectChild.values(), object::text);
    XmlItem item = new XmlItem();
    accessorsGiveEachChildsField(item, ItemChild.values(), item::text);
  }
}
