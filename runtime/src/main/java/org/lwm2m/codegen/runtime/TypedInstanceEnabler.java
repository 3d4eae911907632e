package org.lwm2m.codegen.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 * <p>Like Leshan's own instance enablers it takes no lock on the request path: the client's object
 * enabler already serialises every request to an object (its request methods are
 * {@code synchronized}), and this class keeps no mutable state of its own but the cached
 * whole-instance read of an {@code InMemory} (which reports every change). An implementation that
 * device code changes from other threads must be thread-safe, as the generated {@code InMemory}
 * is (volatile fields).
 * Changes are fired under the object enabler's monitor, the order Leshan takes locks in when it
 * serves a request.
 *
 * <p>Subclasses (generated) only map resource IDs to the implementation's methods.
 *
 * @param <I> the object interface
 */
public abstract class TypedInstanceEnabler<I> extends BaseInstanceEnabler {
  private final ObjectDescriptor object;
  private final I implementation;
  /** The implementation when it is a generated {@code InMemory}: checked values are stored into it. */
  private final InMemoryImplementation memory;
  /** Shared by every instance of the implementation class. */
  private final Availability.Provided provided;
  /**
   * The last non-SYSTEM whole-instance read, or a mark (no node) while a read is being built, or
   * null. Changes clear it after they are made; a read stores its node only if its mark is still
   * there, so a read that raced with a change is never kept.
   */
  private volatile CachedRead cached;

  private static final VarHandle CACHED;

  static {
    try {
      CACHED = MethodHandles.lookup().findVarHandle(TypedInstanceEnabler.class, "cached", CachedRead.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** An enabler of instance {@code instanceId}. */
  protected TypedInstanceEnabler(int instanceId, ObjectDescriptor object, I implementation, Availability availability) {
    this(object, implementation, availability, instanceId);
  }

  /** An enabler of an instance whose ID Leshan assigns (a server's Create). */
  protected TypedInstanceEnabler(ObjectDescriptor object, I implementation, Availability availability) {
    this(object, implementation, availability, null);
  }

  private TypedInstanceEnabler(ObjectDescriptor object, I implementation, Availability availability, Integer instanceId) {
    if (instanceId != null) {
      setId(instanceId);
    }
    if (implementation == null) {
      throw new NullPointerException("implementation");
    }
    this.object = object;
    this.implementation = implementation;
    this.provided = availability.providedBy(implementation.getClass());
    setModel(object.model());
    if (implementation instanceof InMemoryImplementation) {
      this.memory = (InMemoryImplementation) implementation;
      memory.servedBy(this);
    } else {
      this.memory = null;
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

  /** Tells observers that device code changed resource {@code resourceId}. Safe from any thread. */
  public final void changed(int resourceId) {
    forgetRead();
    LwM2mPath[] paths = pathsOf(resourceId);
    if (paths != null) {
      fire(paths);
    }
  }

  /** Tells observers that device code changed these resources. Safe from any thread. */
  public final void changed(int... resourceIds) {
    forgetRead();
    List<LwM2mPath> paths = new ArrayList<>(resourceIds.length);
    for (int id : resourceIds) {
      addPaths(id, paths);
    }
    if (!paths.isEmpty()) {
      fire(paths.toArray(new LwM2mPath[0]));
    }
  }

  // The three operations a subclass maps to the implementation's methods. Each is called only for
  // a resource the implementation provides and that allows the operation; an ID it has no method
  // for throws ResourceNotProvidedException (4.04 on a read or an execute, 4.05 on a write).

  /** Reads resource {@code id} from the implementation. */
  protected abstract LwM2mResource readResource(int id);

  /** Hands a checked value of writable resource {@code id} to an implementation that is not an {@code InMemory}. */
  protected abstract void writeResource(int id, LwM2mResource value);

  /** Executes resource {@code id}. */
  protected abstract void executeResource(int id, Arguments arguments);

  // --- Leshan's instance enabler -------------------------------------------------------------

  @Override
  public List<Integer> getAvailableResourceIds(ObjectModel model) {
    return provided.ids();
  }

  @Override
  public ReadResponse read(LwM2mServer server) {
    // Only an InMemory reports every change (its own and the enabler's), so only its reads are reused.
    if (memory == null || server.isSystem()) {
      return readInstance(server);
    }
    CachedRead last = cached;
    Integer id = getId();
    if (last != null && last.node != null && id != null && last.node.getId() == id) {
      return ReadResponse.success(last.node);
    }
    CachedRead mark = new CachedRead(null);
    cached = mark;
    ReadResponse response = readInstance(server);
    if (response.isSuccess()) {
      CACHED.compareAndSet(this, mark, new CachedRead((LwM2mObjectInstance) response.getContent()));
    }
    return response;
  }

  private ReadResponse readInstance(LwM2mServer server) {
    List<Integer> ids = provided.ids();
    List<LwM2mResource> resources = new ArrayList<>(ids.size());
    for (int i = 0, n = ids.size(); i < n; i++) {
      ResourceDescriptor d = object.resource(ids.get(i));
      if (server.isSystem() || d.readable()) {
        try {
          resources.add(readResource(d.id()));
        } catch (ResourceNotProvidedException e) {
          // an optional resource the implementation declined: left out, as when unavailable
        } catch (RuntimeException e) {
          return ReadResponse.internalServerError(failure(d, e));
        }
      }
    }
    return ReadResponse.success(new LwM2mObjectInstance(getId(), resources));
  }

  @Override
  public ReadResponse read(LwM2mServer server, int resourceId) {
    ResourceDescriptor d = provided.resource(resourceId);
    if (d == null) {
      return ReadResponse.notFound();
    }
    if (!d.readable() && !server.isSystem()) {
      return ReadResponse.methodNotAllowed();
    }
    try {
      return ReadResponse.success(readResource(resourceId));
    } catch (RuntimeException e) {
      return readFailed(resourceId, e);
    }
  }

  @Override
  public WriteResponse write(LwM2mServer server, boolean replace, int resourceId, LwM2mResource value) {
    ResourceDescriptor d = provided.resource(resourceId);
    WriteResponse refused = refuseWrite(server, d);
    if (refused != null) {
      return refused;
    }
    String problem = d.check(value);
    if (problem != null) {
      return WriteResponse.badRequest(problem);
    }
    WriteResponse response = apply(d, value, replace);
    if (response.isSuccess()) {
      changed(resourceId);
    }
    return response;
  }

  @Override
  public WriteResponse write(
      LwM2mServer server, boolean addIfAbsent, int resourceId, int instanceId, LwM2mResourceInstance value) {
    ResourceDescriptor d = provided.resource(resourceId);
    WriteResponse refused = refuseWrite(server, d);
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
    if (!addIfAbsent && d.readable() && !currentInstances(d).containsKey(instanceId)) {
      return WriteResponse.notFound();
    }
    WriteResponse response = apply(d, new LwM2mMultipleResource(resourceId, d.model().type, value), false);
    if (response.isSuccess()) {
      changed(resourceId);
    }
    return response;
  }

  @Override
  public WriteResponse write(LwM2mServer server, boolean replace, LwM2mObjectInstance value) {
    // Check everything first: a rejected write must change nothing.
    Collection<LwM2mResource> nodes = value.getResources().values();
    List<String> problems = null;
    for (LwM2mResource node : nodes) {
      ResourceDescriptor d = provided.resource(node.getId());
      WriteResponse refused = refuseWrite(server, d);
      if (refused != null) {
        return refused;
      }
      String problem = d.check(node);
      if (problem != null) {
        problems = problems == null ? new ArrayList<>() : problems;
        problems.add(problem);
      }
    }
    if (problems != null) {
      return WriteResponse.badRequest(String.join("; ", problems));
    }
    int[] written = new int[nodes.size() + (replace ? provided.ids().size() : 0)];
    int count = 0;
    WriteResponse response = WriteResponse.success();
    for (LwM2mResource node : nodes) {
      response = apply(object.resource(node.getId()), node, replace);
      if (response.isFailure()) {
        break;
      }
      written[count++] = node.getId();
    }
    // Only an InMemory knows initial values to reset to (Leshan's default reset does nothing).
    if (replace && response.isSuccess() && memory != null) {
      for (int id : provided.ids()) {
        if (object.resource(id).writable() && value.getResource(id) == null) {
          memory.store(id, null);
          written[count++] = id;
        }
      }
    }
    changed(Arrays.copyOf(written, count));
    return response;
  }

  @Override
  public ExecuteResponse execute(LwM2mServer server, int resourceId, Arguments arguments) {
    ResourceDescriptor d = provided.resource(resourceId);
    if (d == null) {
      return ExecuteResponse.notFound();
    }
    if (!d.executable()) {
      return ExecuteResponse.methodNotAllowed();
    }
    try {
      executeResource(resourceId, arguments);
      return ExecuteResponse.success();
    } catch (ResourceNotProvidedException e) {
      return ExecuteResponse.notFound();
    } catch (IllegalArgumentException e) {
      return ExecuteResponse.badRequest(d.label() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return ExecuteResponse.internalServerError(failure(d, e));
    }
  }

  @Override
  public void reset(int resourceId) {
    ResourceDescriptor d = provided.resource(resourceId);
    if (memory != null && d != null && d.writable()) {
      memory.store(resourceId, null);
      changed(resourceId);
    }
  }

  /**
   * What a write of {@code node} to this instance would answer, without applying anything: null when
   * it would be accepted, else the refusal (4.04 for a resource the implementation does not
   * provide, 4.05 for one {@code server} may not write, 4.00 naming the resource and the rule for
   * an invalid value). For requests that must check several nodes before applying any: a Create,
   * a Write-Composite.
   */
  public final WriteResponse checkWrite(LwM2mServer server, LwM2mResource node) {
    ResourceDescriptor d = provided.resource(node.getId());
    WriteResponse refused = refuseWrite(server, d);
    if (refused != null) {
      return refused;
    }
    String problem = d.check(node);
    return problem == null ? null : WriteResponse.badRequest(problem);
  }

  // --- internals -------------------------------------------------------------------------------

  /** Why a write to a resource is refused before its value is looked at, or null. */
  private static WriteResponse refuseWrite(LwM2mServer server, ResourceDescriptor d) {
    if (d == null) {
      return WriteResponse.notFound();
    }
    if (!d.writable() && !server.isSystem() && !server.isLwm2mBootstrapServer()) {
      return WriteResponse.methodNotAllowed();
    }
    if (d.valueType() == null) {
      return WriteResponse.methodNotAllowed();
    }
    return null;
  }

  /** The answer when the implementation failed to give a value of {@code id}. */
  private ReadResponse readFailed(int id, RuntimeException e) {
    return e instanceof ResourceNotProvidedException
        ? ReadResponse.notFound()
        : ReadResponse.internalServerError(failure(object.resource(id), e));
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
      if (memory != null) {
        memory.store(d.id(), d.javaValue(toWrite));
      } else {
        writeResource(d.id(), toWrite);
      }
      return WriteResponse.success();
    } catch (RuntimeException e) {
      return failedWrite(d, e);
    }
  }

  /** The answer when the implementation refused a checked value of {@code d}. */
  private static WriteResponse failedWrite(ResourceDescriptor d, RuntimeException e) {
    if (e instanceof ResourceNotProvidedException) {
      return WriteResponse.methodNotAllowed();
    }
    if (e instanceof IllegalArgumentException) {
      return WriteResponse.badRequest(d.label() + ": " + e.getMessage());
    }
    return WriteResponse.internalServerError(failure(d, e));
  }

  private Map<Integer, LwM2mResourceInstance> currentInstances(ResourceDescriptor d) {
    return readResource(d.id()).getInstances();
  }

  /**
   * The paths to notify for a change of resource {@code id}, or null when there are none (not yet
   * part of a client, or no such resource). A multiple resource also notifies the paths of
   * its instances, since Leshan notifies an observation only of changes at or below its own path.
   */
  private LwM2mPath[] pathsOf(int id) {
    ResourceDescriptor d = object.resource(id);
    if (d != null && d.multiple()) {
      List<LwM2mPath> paths = new ArrayList<>();
      addPaths(id, paths);
      return paths.isEmpty() ? null : paths.toArray(new LwM2mPath[0]);
    }
    return d == null || getId() == null ? null : new LwM2mPath[] {getResourcePath(id)};
  }

  private void addPaths(int id, List<LwM2mPath> paths) {
    ResourceDescriptor d = object.resource(id);
    if (d == null || getId() == null) {
      return; // not yet part of a client (Leshan assigns the ID): nobody observes it
    }
    paths.add(getResourcePath(id));
    if (d.multiple() && d.readable() && provided.has(id)) {
      try {
        for (int instance : currentInstances(d).keySet()) {
          paths.add(getResourceInstancePath(id, instance));
        }
      } catch (RuntimeException e) {
        // the implementation failed to answer: observers of the resource are still told
      }
    }
  }

  /**
   * Fires a change. Leshan's client takes its object enabler's monitor before a Californium
   * resource lock when it serves a request, but the other way round when a change is fired from
   * another thread (a deadlock that plain Leshan enablers have too). Firing under the object
   * enabler's monitor keeps the one order; inside a request the thread already holds it.
   */
  private void fire(LwM2mPath[] paths) {
    LwM2mClient client = getLwM2mClient();
    Object objectEnabler = client == null || client.getObjectTree() == null
        ? null
        : client.getObjectTree().getObjectEnabler(object.id());
    if (objectEnabler == null) {
      fireResourcesChange(paths);
      return;
    }
    synchronized (objectEnabler) {
      fireResourcesChange(paths);
    }
  }

  /** Called after a change: a cached whole-instance read (or one being built) is stale. */
  private void forgetRead() {
    if (cached != null) {
      cached = null;
    }
  }

  /** An immutable whole-instance node, or a mark while one is being read (null node). */
  private static final class CachedRead {
    final LwM2mObjectInstance node;

    CachedRead(LwM2mObjectInstance node) {
      this.node = node;
    }
  }

  private static String failure(ResourceDescriptor d, RuntimeException e) {
    return d.label() + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
