package org.lwm2m.codegen.processor.e2e;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnablerFactory;
import org.eclipse.leshan.core.link.Link;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.node.ObjectLink;
import org.eclipse.leshan.core.util.datatype.ULong;
import org.lwm2m.codegen.processor.testing.GeneratedCode;
import org.lwm2m.codegen.runtime.ObjectDescriptor;
import org.lwm2m.codegen.runtime.TypedInstanceEnabler;

/**
 * Reflective access to the classes generated for one package: the generated classes live in
 * {@link GeneratedCode}'s class loader, whose parent is the test class loader, so Leshan and
 * runtime types are shared and can be used directly.
 */
final class Bindings {
  private final GeneratedCode code;
  private final String pkg;

  Bindings(GeneratedCode code, String pkg) {
    this.code = code;
    this.pkg = pkg;
  }

  Class<?> type(String simpleName) {
    try {
      return code.load(pkg + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + pkg + "." + simpleName, e);
    }
  }

  /** {@code NModel.MODEL}. */
  ObjectModel model(String name) {
    return (ObjectModel) staticField(type(name + "Model"), "MODEL");
  }

  /** {@code NModel.OBJECT}. */
  ObjectDescriptor descriptor(String name) {
    return (ObjectDescriptor) staticField(type(name + "Model"), "OBJECT");
  }

  /** {@code NModel.ID}. */
  int id(String name) {
    return (Integer) staticField(type(name + "Model"), "ID");
  }

  /** {@code NEnabler.inMemory(instanceId)}. */
  TypedInstanceEnabler<?> inMemory(String name, int instanceId) {
    return (TypedInstanceEnabler<?>) callStatic(type(name + "Enabler"), "inMemory", instanceId);
  }

  /** {@code NEnabler.factory()}. */
  LwM2mInstanceEnablerFactory factory(String name) {
    return (LwM2mInstanceEnablerFactory) callStatic(type(name + "Enabler"), "factory");
  }

  /** {@code new NEnabler(instanceId, implementation)}. */
  TypedInstanceEnabler<?> enabler(String name, int instanceId, Object implementation) {
    try {
      return (TypedInstanceEnabler<?>)
          type(name + "Enabler").getConstructor(int.class, type(name)).newInstance(instanceId, implementation);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A new instance of a class of the package with a no-argument constructor (extra sources are
   * package-private classes: GeneratedCode names their files ExtraN.java).
   */
  Object newInstance(String simpleName) {
    try {
      java.lang.reflect.Constructor<?> c = type(simpleName).getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  // --- reflection helpers ------------------------------------------------------------------------

  static Object staticField(Class<?> type, String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type.getName() + "." + name, e);
    }
  }

  static Object field(Object target, String name) {
    try {
      Field f = target.getClass().getField(name);
      f.setAccessible(true);
      return f.get(target);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(target.getClass().getName() + "." + name, e);
    }
  }

  static Object callStatic(Class<?> type, String name, Object... args) {
    return invoke(type, null, name, args);
  }

  /**
   * Calls the public method {@code name} with {@code args.length} parameters on {@code target};
   * an exception the method throws is rethrown as is.
   */
  static Object call(Object target, String name, Object... args) {
    return invoke(target.getClass(), target, name, args);
  }

  private static Object invoke(Class<?> type, Object target, String name, Object... args) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == args.length
          && Modifier.isStatic(m.getModifiers()) == (target == null)) {
        try {
          if (!Modifier.isPublic(m.getDeclaringClass().getModifiers())) {
            m.setAccessible(true); // a package-private class of the generated package
          }
          return m.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw rethrow(e);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no public method " + name + "/" + args.length + " in " + type.getName());
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException) {
      throw (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    throw new AssertionError(cause);
  }

  // --- Leshan values -------------------------------------------------------------------------------

  /** The class Leshan uses for values of {@code type} (lwm2m-facts §3). */
  static Class<?> leshanClass(ResourceModel.Type type) {
    switch (type) {
      case STRING:
        return String.class;
      case INTEGER:
        return Long.class;
      case UNSIGNED_INTEGER:
        return ULong.class;
      case FLOAT:
        return Double.class;
      case BOOLEAN:
        return Boolean.class;
      case OPAQUE:
        return byte[].class;
      case TIME:
        return Date.class;
      case OBJLNK:
        return ObjectLink.class;
      case CORELINK:
        return Link[].class;
      default:
        throw new IllegalArgumentException("no value class for " + type);
    }
  }

  /**
   * Value equality that compares arrays (Opaque, Corelnk) element by element; links by their CoRE
   * link format (a server decodes Corelnk values into a Leshan subclass of {@link Link} that is
   * never {@code equals} to a plain {@code Link}).
   */
  static boolean sameValue(Object a, Object b) {
    if (a instanceof byte[] && b instanceof byte[]) {
      return Arrays.equals((byte[]) a, (byte[]) b);
    }
    if (a instanceof Link[] && b instanceof Link[]) {
      return Arrays.equals(coreLinkFormat((Link[]) a), coreLinkFormat((Link[]) b));
    }
    if (a instanceof Object[] && b instanceof Object[]) {
      return Arrays.equals((Object[]) a, (Object[]) b);
    }
    return Objects.equals(a, b);
  }

  static String[] coreLinkFormat(Link[] links) {
    return Arrays.stream(links).map(Link::toCoreLinkFormat).toArray(String[]::new);
  }

  /** Resource equality by ID, shape and values (arrays by content). */
  static boolean sameResource(LwM2mResource a, LwM2mResource b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.getId() != b.getId() || a.isMultiInstances() != b.isMultiInstances()) {
      return false;
    }
    if (!a.isMultiInstances()) {
      return sameValue(a.getValue(), b.getValue());
    }
    Map<Integer, LwM2mResourceInstance> ia = a.getInstances();
    Map<Integer, LwM2mResourceInstance> ib = b.getInstances();
    if (!ia.keySet().equals(ib.keySet())) {
      return false;
    }
    for (Integer k : ia.keySet()) {
      if (!sameValue(ia.get(k).getValue(), ib.get(k).getValue())) {
        return false;
      }
    }
    return true;
  }

  /** Instance equality by resources (arrays by content). */
  static boolean sameInstance(LwM2mObjectInstance a, LwM2mObjectInstance b) {
    if (!a.getResources().keySet().equals(b.getResources().keySet())) {
      return false;
    }
    for (Integer id : a.getResources().keySet()) {
      if (!sameResource(a.getResource(id), b.getResource(id))) {
        return false;
      }
    }
    return true;
  }

  /** A readable rendering of a value for messages. */
  static String show(Object v) {
    if (v instanceof byte[]) {
      return Arrays.toString((byte[]) v);
    }
    if (v instanceof Object[]) {
      return Arrays.toString((Object[]) v);
    }
    return String.valueOf(v);
  }
}
