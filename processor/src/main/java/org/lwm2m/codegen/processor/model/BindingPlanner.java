package org.lwm2m.codegen.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lwm2m.codegen.schema.ObjectDefinition;
import org.lwm2m.codegen.schema.ResourceDefinition;

/**
 * Allocates the Java names of the objects bound into one package and of their resources. Objects
 * are named in (ID, version) order and resources in ID order, so the first comer keeps the plain
 * name and the names are the same in every build.
 */
public final class BindingPlanner {

  /** Names generated code uses unqualified, or declares itself: objects must not shadow them. */
  static final Set<String> RESERVED_CLASS_NAMES =
      Set.of(
          "Object", "String", "Integer", "Long", "Double", "Boolean", "Byte", "Short", "Float",
          "Character", "Number", "Void", "Class", "Math", "System", "Thread", "Runnable", "Override",
          "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Exception",
          "RuntimeException", "Error", "Throwable", "IllegalArgumentException",
          "IllegalStateException", "UnsupportedOperationException", "NullPointerException",
          "Iterable", "Comparable", "CharSequence", "StringBuilder", "Enum", "Record", "Module",
          "Package", "Process", "Runtime", "ClassLoader", "InMemory", "Resources", "Snapshot");

  private static final Set<String> RESERVED_CONSTANTS = Set.of("ID", "VERSION", "MODEL", "OBJECT");

  /** Properties whose getter or setter would clash with methods every implementation has. */
  private static final Set<String> RESERVED_PROPERTIES = Set.of("Class", "ChangeListener");

  /**
   * Methods without parameters that {@code NRemote} (its runtime base) or its snapshot declare
   * themselves: an executable resource never takes one of these names, and a user's interface
   * that has one gets no {@code NRemote} (and an {@code interface-remote} warning).
   */
  public static final Set<String> REMOTE_METHODS =
      Set.of("read", "readInstance", "timeout", "contentFormat", "endpoint", "instanceId", "path", "descriptor", "node");

  private static final Set<String> RESERVED_METHODS = reservedMethods();

  private static Set<String> reservedMethods() {
    Set<String> names = new java.util.HashSet<>(Set.of(
        "getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone",
        "finalize", "reset", "setChangeListener"));
    names.addAll(REMOTE_METHODS);
    return Set.copyOf(names);
  }

  private final NameAllocator classNames;

  /** A planner for one package; keep it for every object bound into that package. */
  public BindingPlanner() {
    this.classNames = new NameAllocator(RESERVED_CLASS_NAMES);
  }

  public List<ObjectBinding> plan(String packageName, List<ObjectDefinition> objects) {
    List<ObjectDefinition> sorted = new ArrayList<>(objects);
    sorted.sort(
        Comparator.comparingInt(ObjectDefinition::objectId)
            .thenComparing(ObjectDefinition::effectiveObjectVersion));
    List<ObjectBinding> result = new ArrayList<>();
    for (ObjectDefinition object : sorted) {
      String name = objectName(object, sorted);
      result.add(bind(packageName, object, name, name, null));
    }
    return result;
  }

  /**
   * Binds an object whose interface the user wrote: the interface keeps its name and its
   * members; the generated classes are named after it, with a suffix when an object bound earlier
   * took those names (interfaces are bound before XML in each round, so that is rare).
   *
   * @param members the user's members by resource ID
   */
  public ObjectBinding planUserInterface(
      String packageName, ObjectDefinition object, String interfaceName, java.util.Map<Integer, UserMembers> members) {
    classNames.reserve(interfaceName);
    String base = classNames.allocate(interfaceName, "_", JavaNamesOfObject::generated);
    return bind(packageName, object, interfaceName, base, members);
  }

  /** Keeps a user's interface name from any generated class; call it for a round's interfaces before binding them. */
  public void reserveInterface(String interfaceName) {
    classNames.reserve(interfaceName);
  }

  private String objectName(ObjectDefinition object, List<ObjectDefinition> all) {
    String base = JavaNames.legal(JavaNames.capped(JavaNames.upperCamel(object.name())), "Object", "Object" + object.objectId());
    boolean sameIdElsewhere =
        all.stream().anyMatch(o -> o != object && o.objectId() == object.objectId());
    String suffix =
        sameIdElsewhere
            ? "V" + object.effectiveObjectVersion().replaceAll("[^0-9A-Za-z]", "_")
            : String.valueOf(object.objectId());
    return classNames.allocate(base, suffix, JavaNamesOfObject::classes);
  }

  private static ObjectBinding bind(
      String packageName, ObjectDefinition object, String name, String classBase, java.util.Map<Integer, UserMembers> user) {
    NameAllocator properties = new NameAllocator(RESERVED_PROPERTIES);
    NameAllocator constants = new NameAllocator(RESERVED_CONSTANTS);
    NameAllocator methods = new NameAllocator(RESERVED_METHODS);
    List<ResourceDefinition> byId = new ArrayList<>(object.resources());
    byId.sort(Comparator.comparingInt(ResourceDefinition::id));
    java.util.Map<ResourceDefinition, ResourceBinding> bound = new java.util.IdentityHashMap<>();
    // Getters and setters first, so execute methods cannot take their names.
    for (ResourceDefinition r : byId) {
      String suffix = String.valueOf(r.id());
      // A property only appears after get, set or check, so it may start with a digit.
      String camel = JavaNames.capped(JavaNames.upperCamel(r.name()));
      String property = properties.allocate(camel.isEmpty() ? "Resource" + r.id() : camel, suffix, List::of);
      String constant =
          constants.allocate(
              JavaNames.legal(JavaNames.capped(JavaNames.constant(r.name())), "R_", "RESOURCE_" + r.id()), "_" + suffix, List::of);
      bound.put(
          r,
          new ResourceBinding(
              r, property, constant, "get" + property, "set" + property, null, true, ResourceBinding.JavaForm.STANDARD,
              RangeParser.parse(r.rangeEnumeration(), r.type()).spec()));
      if (!bound.get(r).executable()) {
        methods.allocate("get" + property, "", List::of);
        methods.allocate("set" + property, "", List::of);
      }
    }
    for (ResourceDefinition r : byId) {
      ResourceBinding b = bound.get(r);
      if (b.executable()) {
        String base = JavaNames.capped(JavaNames.lowerCamel(r.name()));
        String legal = JavaNames.isLegal(base) && !RESERVED_METHODS.contains(base) ? base : "execute" + b.property();
        String method = methods.allocate(legal, String.valueOf(r.id()), List::of);
        bound.put(
            r,
            new ResourceBinding(r, b.property(), b.constant(), null, null, method, true, b.form(), b.range()));
      }
    }
    List<ResourceBinding> inDocumentOrder = new ArrayList<>();
    for (ResourceDefinition r : object.resources()) {
      ResourceBinding b = bound.get(r);
      UserMembers m = user == null ? null : user.get(r.id());
      if (m != null) {
        // The user's names and forms; the others (in-memory extras) stay as allocated.
        b = new ResourceBinding(
            r, b.property(), b.constant(),
            m.getter() != null ? m.getter() : b.getter(),
            m.setter() != null ? m.setter() : b.setter(),
            m.executeMethod(), m.executeTakesArguments(), m.form(), b.range());
      }
      inDocumentOrder.add(b);
    }
    return new ObjectBinding(object, packageName, name, classBase, user != null, inDocumentOrder);
  }

  /** The class names one object takes. */
  private static final class JavaNamesOfObject {
    static List<String> classes(String n) {
      List<String> all = new ArrayList<>(generated(n));
      all.add(n);
      return all;
    }

    /** The classes generated beside the interface (the remote only on a server's class path, but always reserved). */
    static List<String> generated(String n) {
      return List.of(n + "Model", n + "Validator", n + "Enabler", n + "Remote");
    }
  }
}
