package org.lwm2m.codegen.runtime;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which resources an implementation class provides: mandatory ones (from the model) always,
 * optional ones when the class overrides the interface's default method for them. Computed once
 * per implementation class.
 */
public final class Availability {
  private final ObjectDescriptor object;
  private final Class<?> objectInterface;
  private final int[] ids;
  private final String[] methods;
  private final Class<?>[][] parameters;
  private final ClassValue<Provided> cache =
      new ClassValue<>() {
        @Override
        protected Provided computeValue(Class<?> type) {
          return new Provided(object, compute(type));
        }
      };

  private Availability(ObjectDescriptor object, Class<?> objectInterface, List<Object[]> entries) {
    this.object = object;
    this.objectInterface = objectInterface;
    int n = entries.size();
    this.ids = new int[n];
    this.methods = new String[n];
    this.parameters = new Class<?>[n][];
    for (int i = 0; i < n; i++) {
      Object[] e = entries.get(i);
      ids[i] = (Integer) e[0];
      methods[i] = (String) e[1];
      parameters[i] = (Class<?>[]) e[2];
    }
  }

  /** The resources of {@code object}, served through {@code objectInterface}. */
  public static Builder of(ObjectDescriptor object, Class<?> objectInterface) {
    return new Builder(object, objectInterface);
  }

  /** The resources {@code implementation} provides, shared by all its instances. */
  public Provided providedBy(Class<?> implementation) {
    return cache.get(implementation);
  }

  private List<Integer> compute(Class<?> type) {
    List<Integer> result = new ArrayList<>();
    for (ResourceDescriptor d : object.resources()) {
      if (d.mandatory()) {
        result.add(d.id());
      }
    }
    for (int i = 0; i < ids.length; i++) {
      if (overrides(type, methods[i], parameters[i])) {
        result.add(ids[i]);
      }
    }
    Collections.sort(result);
    return Collections.unmodifiableList(result);
  }

  private boolean overrides(Class<?> type, String name, Class<?>[] params) {
    try {
      Method m = type.getMethod(name, params);
      return !(m.isDefault() && m.getDeclaringClass() == objectInterface);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /**
   * The resources one implementation class provides: their IDs, and their descriptors by ID in a
   * table (one lookup per request) when the IDs are close together, as the object's are.
   */
  public static final class Provided {
    /** Largest ID span given a table (16 KiB at most): IPSO objects span a few hundred IDs. */
    private static final int MAX_TABLE = 4096;

    private final List<Integer> ids;
    private final ObjectDescriptor object;
    private final long[] bits;
    private final int base;
    /** Descriptors by ID - base, null where not provided; null when the IDs spread too far. */
    private final ResourceDescriptor[] table;

    Provided(ObjectDescriptor object, List<Integer> ids) {
      this.object = object;
      this.ids = ids;
      int max = ids.isEmpty() ? -1 : ids.get(ids.size() - 1);
      this.bits = new long[(max >> 6) + 1];
      for (int id : ids) {
        bits[id >> 6] |= 1L << id;
      }
      this.base = ids.isEmpty() ? 0 : ids.get(0);
      int span = max - base + 1;
      if (span <= MAX_TABLE) {
        table = new ResourceDescriptor[Math.max(0, span)];
        for (int id : ids) {
          table[id - base] = object.resource(id);
        }
      } else {
        table = null;
      }
    }

    /** The sorted, unmodifiable IDs. */
    public List<Integer> ids() {
      return ids;
    }

    /** True when resource {@code id} is provided. */
    public boolean has(int id) {
      int word = id >> 6;
      return id >= 0 && word < bits.length && (bits[word] & (1L << id)) != 0;
    }

    /** The descriptor of resource {@code id} when it is provided, or null. */
    public ResourceDescriptor resource(int id) {
      if (table != null) {
        int k = id - base;
        return k >= 0 && k < table.length ? table[k] : null;
      }
      return has(id) ? object.resource(id) : null;
    }
  }

  /** Collects the resources of one object interface. */
  public static final class Builder {
    private final ObjectDescriptor object;
    private final Class<?> objectInterface;
    private final List<Object[]> entries = new ArrayList<>();

    private Builder(ObjectDescriptor object, Class<?> objectInterface) {
      this.object = object;
      this.objectInterface = objectInterface;
    }

    /** An optional resource, provided when {@code method(parameters)} is overridden. */
    public Builder optional(int id, String method, Class<?>... parameters) {
      entries.add(new Object[] {id, method, parameters.clone()});
      return this;
    }

    public Availability build() {
      return new Availability(object, objectInterface, entries);
    }
  }

  @Override
  public String toString() {
    return "Availability" + Arrays.toString(ids);
  }
}
