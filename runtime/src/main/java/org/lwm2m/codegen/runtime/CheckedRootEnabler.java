package org.lwm2m.codegen.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.LwM2mObjectEnabler;
import org.eclipse.leshan.client.resource.LwM2mObjectTree;
import org.eclipse.leshan.client.resource.ObjectEnabler;
import org.eclipse.leshan.client.resource.RootEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mMultipleResource;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.request.WriteCompositeRequest;
import org.eclipse.leshan.core.response.WriteCompositeResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * Leshan's {@link RootEnabler} with a Write-Composite that checks every node of a generated object
 * before it writes any. Leshan's own writes the nodes one after the other and stops at the first
 * refusal, leaving the nodes before it written. Here every node addressed to an instance served by
 * a generated enabler is checked first (provided, writable, type, range, enumeration, length):
 * when one is refused the request answers that refusal (4.00 naming every invalid node and its
 * rule) and nothing is written. Then Leshan's own write runs.
 *
 * <p>What this does not make atomic: nodes of objects that are not generated are not checked
 * first; an implementation that throws while a node is applied (5.00) leaves the nodes before it
 * written; and other requests and device code may run between two nodes (each object serialises
 * its own requests; nothing locks several objects at once). {@link CheckedLeshanClientBuilder}
 * builds a client that uses it.
 */
public class CheckedRootEnabler extends RootEnabler {
  private final LwM2mObjectTree tree;

  public CheckedRootEnabler(LwM2mObjectTree tree) {
    super(tree);
    this.tree = tree;
  }

  @Override
  public WriteCompositeResponse write(LwM2mServer server, WriteCompositeRequest request) {
    List<String> problems = new ArrayList<>();
    // by path, so that messages list the nodes in the same order every time
    for (Map.Entry<LwM2mPath, LwM2mNode> e : new TreeMap<>(request.getNodes()).entrySet()) {
      LwM2mPath path = e.getKey();
      TypedInstanceEnabler<?> instance = generatedInstance(path);
      LwM2mResource node = asResource(path, e.getValue());
      if (instance == null || node == null) {
        continue; // Leshan's own checks deal with it
      }
      WriteResponse answer = instance.checkWrite(server, node);
      if (answer == null) {
        continue;
      }
      if (answer.getCode() != ResponseCode.BAD_REQUEST) {
        String why = answer.getErrorMessage() == null || answer.getErrorMessage().isEmpty()
            ? (answer.getCode() == ResponseCode.NOT_FOUND ? "not provided by this device" : "not writable")
            : answer.getErrorMessage();
        return new WriteCompositeResponse(answer.getCode(), "write-composite " + path + ": " + why + "; nothing written");
      }
      problems.add(path + ": " + answer.getErrorMessage());
    }
    if (!problems.isEmpty()) {
      return WriteCompositeResponse.badRequest("write-composite: " + String.join("; ", problems) + "; nothing written");
    }
    return super.write(server, request);
  }

  /** The generated enabler serving the instance of {@code path}, or null. */
  private TypedInstanceEnabler<?> generatedInstance(LwM2mPath path) {
    if (path.getObjectId() == null || path.getObjectInstanceId() == null || path.getResourceId() == null) {
      return null;
    }
    LwM2mObjectEnabler object = tree.getObjectEnabler(path.getObjectId());
    if (!(object instanceof ObjectEnabler)) {
      return null;
    }
    LwM2mInstanceEnabler instance = ((ObjectEnabler) object).getInstance(path.getObjectInstanceId());
    return instance instanceof TypedInstanceEnabler ? (TypedInstanceEnabler<?>) instance : null;
  }

  /** The resource node Leshan's write hands the instance for {@code node} (a patch), or null. */
  private static LwM2mResource asResource(LwM2mPath path, LwM2mNode node) {
    if (path.isResource() && node instanceof LwM2mResource) {
      return (LwM2mResource) node;
    }
    if (path.isResourceInstance() && node instanceof LwM2mResourceInstance) {
      LwM2mResourceInstance instance = (LwM2mResourceInstance) node;
      return new LwM2mMultipleResource(path.getResourceId(), instance.getType(), instance);
    }
    return null;
  }
}
