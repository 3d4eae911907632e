package org.lwm2m.codegen.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;

/**
 * A generated object model: Leshan's {@link ObjectModel} and the descriptors of its resources,
 * found by ID without boxing. Validates whole object instances, as a server would check what a
 * device sent.
 */
public final class ObjectDescriptor {
  /** Largest ID span looked up through a table (8 KiB): IPSO objects span a few hundred IDs. */
  private static final int MAX_TABLE = 4096;

  private final ObjectModel model;
  private final int[] ids;
  private final ResourceDescriptor[] resources;
  /** Lowest resource ID; the base of {@link #slots}. */
  private final int base;
  /**
   * Index + 1 of each ID from {@link #base} on (0: no such resource), when the IDs are close
   * enough together for a small table; null otherwise, and IDs are binary-searched.
   */
  private final char[] slots;

  public ObjectDescriptor(ObjectModel model, ResourceDescriptor... resources) {
    this.model = model;
    ResourceDescriptor[] sorted = resources.clone();
    Arrays.sort(sorted, (a, b) -> Integer.compare(a.id(), b.id()));
    this.resources = sorted;
    this.ids = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      ids[i] = sorted[i].id();
      if (i > 0 && ids[i] == ids[i - 1]) {
        throw new IllegalArgumentException("two descriptors for resource " + ids[i]);
      }
    }
    this.base = sorted.length == 0 ? 0 : ids[0];
    int span = sorted.length == 0 ? 0 : ids[sorted.length - 1] - base + 1;
    if (span <= MAX_TABLE && sorted.length < Character.MAX_VALUE) {
      slots = new char[span];
      for (int i = 0; i < sorted.length; i++) {
        slots[ids[i] - base] = (char) (i + 1);
      }
    } else {
      slots = null;
    }
  }

  public ObjectModel model() {
    return model;
  }

  public int id() {
    return model.id;
  }

  /** The descriptor of resource {@code id}, or null when the object has no such resource. */
  public ResourceDescriptor resource(int id) {
    if (slots != null) {
      int k = id - base;
      return k >= 0 && k < slots.length && slots[k] != 0 ? resources[slots[k] - 1] : null;
    }
    int i = Arrays.binarySearch(ids, id);
    return i < 0 ? null : resources[i];
  }

  /** Every resource, by ascending ID. */
  public List<ResourceDescriptor> resources() {
    return Collections.unmodifiableList(Arrays.asList(resources));
  }

  /** What is wrong with one resource node (unknown ID, type, range...), or null. */
  public String validate(LwM2mResource node) {
    ResourceDescriptor d = resource(node.getId());
    return d == null ? "resource " + node.getId() + " is not in object " + model.id + " [unknown]" : d.check(node);
  }

  /**
   * Every problem of an object instance as a device would send it in a read response: each
   * resource checked, and every mandatory readable resource present. Empty when it is valid.
   */
  public List<String> validate(LwM2mObjectInstance instance) {
    List<String> problems = new ArrayList<>();
    for (LwM2mResource node : instance.getResources().values()) {
      String problem = validate(node);
      if (problem != null) {
        problems.add(problem);
      }
    }
    for (ResourceDescriptor d : resources) {
      if (d.mandatory() && d.readable() && instance.getResource(d.id()) == null) {
        problems.add(d.label() + " is mandatory and missing [mandatory]");
      }
    }
    return problems;
  }

  @Override
  public String toString() {
    return "object " + model.id + " (" + model.name + ")";
  }
}
