package org.lwm2m.codegen.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnablerFactory;
import org.eclipse.leshan.client.resource.ObjectEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.CreateRequest;
import org.eclipse.leshan.core.response.CreateResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * Leshan's {@link ObjectEnabler} with a Create that checks what it creates. Leshan's own Create
 * writes the new instance's values one by one and ignores their answers, so an invalid value is
 * dropped and the Create still answers 2.01. Here every new instance is made first and every value
 * checked against it (for a generated enabler: its descriptors' type, range, enumeration and
 * length, and whether the resource is provided and writable); only when all are accepted are the
 * values written and the instances added. Otherwise the Create answers the first refusal (4.04,
 * 4.05) or 4.00 naming every invalid resource and its rule, and nothing is created.
 *
 * <p>{@link CheckedObjectsInitializer} makes these for generated objects.
 */
public class CheckedObjectEnabler extends ObjectEnabler {

  public CheckedObjectEnabler(
      int id,
      ObjectModel objectModel,
      Map<Integer, LwM2mInstanceEnabler> instances,
      LwM2mInstanceEnablerFactory instanceFactory,
      ContentFormat defaultContentFormat) {
    super(id, objectModel, instances, instanceFactory, defaultContentFormat);
  }

  /** Thrown inside a Create to abandon it with {@link #response}. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient CreateResponse response;

    Refused(CreateResponse response) {
      super(response.toString(), null, false, false);
      this.response = response;
    }
  }

  @Override
  protected CreateResponse doCreate(LwM2mServer server, CreateRequest request) {
    // BaseObjectEnabler.create has already refused missing mandatory writable resources (4.00).
    if (!getObjectModel().multiple && !instances.isEmpty()) {
      return CreateResponse.badRequest("object " + getId() + " is single-instance and already has an instance");
    }
    Map<Integer, LwM2mInstanceEnabler> created = new LinkedHashMap<>();
    try {
      if (request.unknownObjectInstanceId()) {
        Integer id = getObjectModel().multiple ? null : 0;
        LwM2mInstanceEnabler instance = create(server, id, request.getResources(), created);
        created.put(instance.getId(), instance);
      } else {
        List<LwM2mObjectInstance> nodes = request.getObjectInstances();
        if (!getObjectModel().multiple && (nodes.size() != 1 || nodes.get(0).getId() != 0)) {
          return CreateResponse.badRequest("object " + getId() + " is single-instance: create instance 0 only");
        }
        for (LwM2mObjectInstance node : nodes) {
          if (instances.containsKey(node.getId()) || created.containsKey(node.getId())) {
            return CreateResponse.badRequest("instance " + new LwM2mPath(getId(), node.getId()) + " already exists");
          }
          created.put(node.getId(), create(server, node.getId(), node.getResources().values(), created));
        }
      }
    } catch (Refused e) {
      return e.response;
    }
    // Every value is in: the instances join the object, in one change.
    int[] ids = new int[created.size()];
    int i = 0;
    for (LwM2mInstanceEnabler instance : created.values()) {
      instances.put(instance.getId(), instance);
      listenInstance(instance, instance.getId());
      ids[i++] = instance.getId();
    }
    fireInstancesAdded(ids);
    return request.unknownObjectInstanceId()
        ? CreateResponse.success(new LwM2mPath(getId(), ids[0]).toString())
        : CreateResponse.success();
  }

  /**
   * A new instance holding {@code values}, not yet part of the object: checked completely first,
   * then written; any refusal abandons the Create.
   */
  private LwM2mInstanceEnabler create(
      LwM2mServer server, Integer id, Collection<LwM2mResource> values, Map<Integer, LwM2mInstanceEnabler> pending)
      throws Refused {
    List<Integer> used = new ArrayList<>(instances.keySet());
    used.addAll(pending.keySet());
    LwM2mInstanceEnabler instance = instanceFactory.create(getObjectModel(), id, used);
    instance.setLwM2mClient(getLwm2mClient());
    String where = new LwM2mPath(getId(), instance.getId()).toString();
    if (instance instanceof TypedInstanceEnabler) {
      TypedInstanceEnabler<?> typed = (TypedInstanceEnabler<?>) instance;
      List<String> problems = new ArrayList<>();
      for (LwM2mResource value : values) {
        WriteResponse answer = typed.checkWrite(server, value);
        if (answer == null) {
          continue;
        }
        if (answer.getCode() != ResponseCode.BAD_REQUEST) {
          throw new Refused(refusal(answer, where, value, typed.descriptor()));
        }
        problems.add(answer.getErrorMessage());
      }
      if (!problems.isEmpty()) {
        throw new Refused(CreateResponse.badRequest(
            "create " + where + ": " + String.join("; ", problems) + "; nothing created"));
      }
    }
    for (LwM2mResource value : values) {
      // replace: a new instance holds only what the Create carries, over its initial values
      WriteResponse answer = instance.write(server, true, value.getId(), value);
      if (answer.isFailure()) {
        throw new Refused(refusal(answer, where, value, null));
      }
    }
    return instance;
  }

  private static CreateResponse refusal(WriteResponse answer, String where, LwM2mResource value, ObjectDescriptor object) {
    ResourceDescriptor d = object == null ? null : object.resource(value.getId());
    String resource = d == null ? "resource " + value.getId() : d.label();
    String why = answer.getErrorMessage();
    if (why == null || why.isEmpty()) {
      if (answer.getCode() == ResponseCode.NOT_FOUND) {
        why = resource + " is not provided by this device";
      } else if (answer.getCode() == ResponseCode.METHOD_NOT_ALLOWED) {
        why = resource + " is not writable";
      } else {
        why = resource + ": " + answer.getCode();
      }
    }
    return new CreateResponse(answer.getCode(), null, "create " + where + ": " + why + "; nothing created");
  }
}
