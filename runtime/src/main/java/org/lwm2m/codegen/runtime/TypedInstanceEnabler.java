package org.lwm2m.codegen.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.client.LwM2mClient;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * The Leshan instance enabler generated enablers extend: it checks every written value against
 * its resource's type, range, enumeration and length before the implementation sees it, applies
 * whole-instance writes only when every value is valid, answers 4.04 for resources the
 * implementation does not provide, and notifies observers after changes.
 *
 * <p>Requests are serialised on the enabler, so implementations need no locking of their own for
 * what the server does. Change notifications are sent after the lock is released (the
 * notification path reads the enabler again, possibly from another thread).
 *
 * <p>Subclasses (generated) only map resource IDs to the implementation's methods.
 *
 * @param <I> the object interface
 */
public abstract class TypedInstanceEnabler<I> extends BaseInstanceEnabler {
  private final ObjectDescriptor object;
  private final I implementation;
  private final List<Integer> available;
  private final int[] availableIds;
  /** Resources changed while the lock was held, notified once it is released. Guarded by this. */
  private int[] pending = new int[8];
  private int pendingCount;

  protected TypedInstanceEnabler(Integer instanceId, ObjectDescriptor object, I implementation, List<Integer> available) {
    if (instanceId != null) {
      setId(instanceId);
    }
    if (implementation == null) {
      throw new NullPointerException("implementation");
    }
    this.object = object;
    this.implementation = implementation;
    this.available = available;
    this.availableIds = available.stream().mapToInt(Integer::intValue).toArray();
    setModel(object.model());
    if (implementation instanceof ChangeNotifying) {
      ((ChangeNotifying) implementation).setChangeListener(this::changed);
    }
  }

  /** The object implementation this enabler serves. */
  public final I implementation() {
    return implementation;
  }

  /** The object's generated descriptor. */
  public final ObjectDescriptor descriptor() {
    return object;
  }

  /**
   * Tells observers that device code changed these resources. Safe to call from any thread,
   * including from inside the implementation while the enabler calls it.
   */
  public final void changed(int... resourceIds) {
    synchronized (this) {
      for (int id : resourceIds) {
        markChanged(id);
      }
    }
    if (!Thread.holdsLock(this)) {
      flushChanges();
    }
  }

  /** Reads resource {@code id} from the implementation; null for a resource with no value. */
  protected abstract LwM2mResource readResource(int id);

  /** Hands a checked value of writable resource {@code id} to the implementation. */
  protected abstract void writeResource(int id, LwM2mResource value);

  /** Executes resource {@code id}; false when it is not executable. */
  protected abstract boolean executeResource(int id, Arguments arguments);

  // --- Leshan's instance enabler -------------------------------------------------------------

  @Override
  public List<Integer> getAvailableResourceIds(ObjectModel model) {
    return available;
  }

  @Override
  public ReadResponse read(LwM2mServer server) {
    synchronized (this) {
      List<LwM2mResource> resources = new ArrayList<>(availableIds.length);
      for (int id : availableIds) {
        ResourceDescriptor d = object.resource(id);
        if (server.isSystem() || d.readable()) {
          try {
            LwM2mResource value = readResource(id);
            if (value != null) {
              resources.add(value);
            }
          } catch (ResourceNotProvidedException e) {
            // an optional resource the implementation declined: left out, as when unavailable
          } catch (RuntimeException e) {
            return ReadResponse.internalServerError(failure(d, e));
          }
        }
      }
      return ReadResponse.success(new LwM2mObjectInstance(getId(), resources));
    }
  }

  @Override
  public ReadResponse read(LwM2mServer server, int resourceId) {
    ResourceDescriptor d = object.resource(resourceId);
    if (d == null || !isAvailable(resourceId)) {
      return ReadResponse.notFound();
    }
    if (!server.isSystem() && !d.readable()) {
      return ReadResponse.methodNotAllowed();
    }
    synchronized (this) {
      try {
        LwM2mResource value = readResource(resourceId);
        return value == null ? ReadResponse.notFound() : ReadResponse.success(value);
      } catch (ResourceNotProvidedException e) {
        return ReadResponse.notFound();
      } catch (RuntimeException e) {
        return ReadResponse.internalServerError(failure(d, e));
      }
    }
  }

  @Override
  public WriteResponse write(LwM2mServer server, boolean replace, int resourceId, LwM2mResource value) {
    ResourceDescriptor d = object.resource(resourceId);
    WriteResponse refused = refuseWrite(server, d, resourceId);
    if (refused != null) {
      return refused;
    }
    String problem = d.check(value);
    if (problem != null) {
      return WriteResponse.badRequest(problem);
    }
    WriteResponse response;
    synchronized (this) {
      response = apply(d, value, replace);
    }
    flushChanges();
    return response;
  }

  @Override
  public WriteResponse write(
      LwM2mServer server, boolean addIfAbsent, int resourceId, int instanceId, LwM2mResourceInstance value) {
    ResourceDescriptor d = object.resource(resourceId);
    WriteResponse refused = refuseWrite(server, d, resourceId);
    if (refused != null) {
      return refused;
    }
    if (!d.multiple()) {
      return WriteResponse.badRequest(d.label() + " is single-instance [multiple]");
    }
    String problem = d.checkValue(value.getValue());
    if (problem != null) {
      return WriteResponse.badRequest(problem + " (instance " + instanceId + ")");
    }
    WriteResponse response;
    synchronized (this) {
      if (!addIfAbsent && d.readable() && !currentInstances(d).containsKey(instanceId)) {
        response = WriteResponse.notFound();
      } else {
        response = apply(d, new LwM2mMultipleResource(resourceId, d.model().type, value), false);
      }
    }
    flushChanges();
    return response;
  }

  @Override
  public WriteResponse write(LwM2mServer server, boolean replace, LwM2mObjectInstance value) {
    // Check everything first: a rejected write must change nothing.
    List<String> problems = new ArrayList<>();
    for (LwM2mResource node : value.getResources().values()) {
      ResourceDescriptor d = object.resource(node.getId());
      WriteResponse refused = refuseWrite(server, d, node.getId());
      if (refused != null) {
        if (!refused.isFailure() || refused.getCode().getCode() != 400) {
          return refused;
        }
        problems.add(refused.getErrorMessage());
        continue;
      }
      String problem = d.check(node);
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty()) {
      return WriteResponse.badRequest(String.join("; ", problems));
    }
    WriteResponse response = WriteResponse.success();
    synchronized (this) {
      for (LwM2mResource node : value.getResources().values()) {
        response = apply(object.resource(node.getId()), node, replace);
        if (response.isFailure()) {
          break;
        }
      }
      if (replace && response.isSuccess()) {
        for (int id : availableIds) {
          ResourceDescriptor d = object.resource(id);
          if (d.writable() && value.getResource(id) == null) {
            reset(id);
          }
        }
      }
    }
    flushChanges();
    return response;
  }

  @Override
  public ExecuteResponse execute(LwM2mServer server, int resourceId, Arguments arguments) {
    ResourceDescriptor d = object.resource(resourceId);
    if (d == null || !isAvailable(resourceId)) {
      return ExecuteResponse.notFound();
    }
    if (!d.executable()) {
      return ExecuteResponse.methodNotAllowed();
    }
    ExecuteResponse response;
    synchronized (this) {
      try {
        response = executeResource(resourceId, arguments) ? ExecuteResponse.success() : ExecuteResponse.methodNotAllowed();
      } catch (ResourceNotProvidedException e) {
        response = ExecuteResponse.notFound();
      } catch (IllegalArgumentException e) {
        response = ExecuteResponse.badRequest(d.label() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        response = ExecuteResponse.internalServerError(failure(d, e));
      }
    }
    flushChanges();
    return response;
  }

  @Override
  public void reset(int resourceId) {
    if (implementation instanceof Resettable && isAvailable(resourceId)) {
      synchronized (this) {
        ((Resettable) implementation).reset(resourceId);
        markChanged(resourceId);
      }
      if (!Thread.holdsLock(this)) {
        flushChanges();
      }
    }
  }

  // --- internals -------------------------------------------------------------------------------

  private boolean isAvailable(int resourceId) {
    return Arrays.binarySearch(availableIds, resourceId) >= 0;
  }

  /** Why a write to {@code id} is refused before its value is looked at, or null. */
  private WriteResponse refuseWrite(LwM2mServer server, ResourceDescriptor d, int id) {
    if (d == null) {
      return WriteResponse.notFound();
    }
    if (!isAvailable(id)) {
      return WriteResponse.notFound();
    }
    if (!server.isSystem() && !server.isLwm2mBootstrapServer() && !d.writable()) {
      return WriteResponse.methodNotAllowed();
    }
    if (d.valueType() == null) {
      return WriteResponse.methodNotAllowed();
    }
    return null;
  }

  /** Applies a checked value; a partial write of a multiple resource keeps the other instances. */
  private WriteResponse apply(ResourceDescriptor d, LwM2mResource value, boolean replace) {
    try {
      LwM2mResource toWrite = value;
      if (d.multiple() && !replace && d.readable()) {
        Map<Integer, LwM2mResourceInstance> merged = new TreeMap<>(currentInstances(d));
        merged.putAll(value.getInstances());
        toWrite = new LwM2mMultipleResource(d.id(), d.model().type, merged.values());
      }
      writeResource(d.id(), toWrite);
      markChanged(d.id());
      return WriteResponse.success();
    } catch (ResourceNotProvidedException e) {
      return WriteResponse.methodNotAllowed();
    } catch (IllegalArgumentException e) {
      return WriteResponse.badRequest(d.label() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return WriteResponse.internalServerError(failure(d, e));
    }
  }

  private Map<Integer, LwM2mResourceInstance> currentInstances(ResourceDescriptor d) {
    LwM2mResource current = readResource(d.id());
    return current == null ? Collections.emptyMap() : current.getInstances();
  }

  /** Guarded by this. */
  private void markChanged(int id) {
    for (int i = 0; i < pendingCount; i++) {
      if (pending[i] == id) {
        return;
      }
    }
    if (pendingCount == pending.length) {
      pending = Arrays.copyOf(pending, pendingCount * 2);
    }
    pending[pendingCount++] = id;
  }

  /**
   * Notifies the pending changes; called without this enabler's lock. A multiple resource also
   * notifies the paths of its instances, since Leshan notifies an observation only of changes at
   * or below its own path.
   *
   * <p>Leshan's client takes its object enabler's monitor before a Californium resource lock when
   * it serves a request, but the other way round when a change is fired from another thread (a
   * deadlock that plain Leshan enablers have too). Firing under the object enabler's monitor keeps
   * the one order.
   */
  private void flushChanges() {
    LwM2mPath[] paths;
    synchronized (this) {
      if (pendingCount == 0) {
        return;
      }
      if (getModel() == null || getId() == null) {
        pendingCount = 0;
        return; // not yet part of a client: nobody observes it
      }
      List<LwM2mPath> changed = new ArrayList<>(pendingCount);
      for (int i = 0; i < pendingCount; i++) {
        int id = pending[i];
        changed.add(getResourcePath(id));
        ResourceDescriptor d = object.resource(id);
        if (d != null && d.multiple() && d.readable()) {
          try {
            for (int instance : currentInstances(d).keySet()) {
              changed.add(getResourceInstancePath(id, instance));
            }
          } catch (RuntimeException e) {
            // the implementation failed to answer: observers of the resource are still told
          }
        }
      }
      pendingCount = 0;
      paths = changed.toArray(new LwM2mPath[0]);
    }
    Object objectEnabler = objectEnabler();
    synchronized (objectEnabler) {
      fireResourcesChange(paths);
    }
  }

  /** Leshan's enabler of this object in the client, or this enabler while it has none. */
  private Object objectEnabler() {
    LwM2mClient client = getLwM2mClient();
    if (client != null && client.getObjectTree() != null) {
      Object enabler = client.getObjectTree().getObjectEnabler(object.id());
      if (enabler != null) {
        return enabler;
      }
    }
    return this;
  }

  private static String failure(ResourceDescriptor d, RuntimeException e) {
    return d.label() + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
