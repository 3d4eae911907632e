package org.lwm2m.codegen.runtime.remote;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.DownlinkDeviceManagementRequest;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.request.WriteRequest.Mode;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.registration.Registration;
import org.lwm2m.codegen.runtime.ExecutableResource;
import org.lwm2m.codegen.runtime.MultiResource;
import org.lwm2m.codegen.runtime.ObjectDescriptor;
import org.lwm2m.codegen.runtime.ResourceDescriptor;
import org.lwm2m.codegen.runtime.ResourceNotProvidedException;
import org.lwm2m.codegen.runtime.SingleResource;

/**
 * The base of every generated {@code NRemote}: one instance of an object on one registered
 * device, as a Leshan server sees it. Every request goes to the device's current registration
 * (looked up by endpoint, so a re-registered device is still reached) and waits at most {@link
 * #timeout()}. Values are checked with the object's descriptors both ways: before a write is sent
 * (an invalid value throws {@link IllegalArgumentException} and sends nothing) and when an answer
 * is decoded.
 *
 * <p>Failures: 4.04 on a resource is {@link ResourceNotProvidedException}; every other error
 * answer, a timeout, a request that could not be sent and an answer the model does not accept is
 * a {@link RemoteRequestException}. Immutable and thread-safe: {@link #withTimeout} and {@link
 * #withContentFormat} return new remotes.
 *
 * @param <R> the generated remote class
 */
public abstract class RemoteInstance<R extends RemoteInstance<R>> {
  /** The timeout of a new remote. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  private final Target target;

  /** What a remote addresses and how: the immutable state generated remotes pass to their constructor. */
  public static final class Target {
    final LeshanServer server;
    final String endpoint;
    final ObjectDescriptor object;
    final int instanceId;
    final long timeoutMillis;
    final ContentFormat format;

    private Target(LeshanServer server, String endpoint, ObjectDescriptor object, int instanceId, long timeoutMillis,
        ContentFormat format) {
      this.server = server;
      this.endpoint = endpoint;
      this.object = object;
      this.instanceId = instanceId;
      this.timeoutMillis = timeoutMillis;
      this.format = format;
    }
  }

  /** The target of {@code NRemote.of(server, registration, instanceId)}. */
  protected static Target target(LeshanServer server, Registration registration, ObjectDescriptor object, int instanceId) {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(registration, "registration");
    if (instanceId < 0 || instanceId > 65534) {
      throw new IllegalArgumentException("instance ID " + instanceId + " is outside 0..65534");
    }
    return new Target(server, registration.getEndpoint(), object, instanceId, DEFAULT_TIMEOUT.toMillis(), null);
  }

  protected RemoteInstance(Target target) {
    this.target = target;
  }

  /** A remote of the same class for {@code target}: each generated remote returns {@code new NRemote(target)}. */
  protected abstract R with(Target target);

  // --- options ---------------------------------------------------------------------------------

  /** This remote with another timeout for every request (default {@link #DEFAULT_TIMEOUT}). */
  public final R withTimeout(Duration timeout) {
    long millis = timeout.toMillis();
    if (millis <= 0) {
      throw new IllegalArgumentException("timeout " + timeout + " is not positive");
    }
    Target t = target;
    return with(new Target(t.server, t.endpoint, t.object, t.instanceId, millis, t.format));
  }

  /**
   * This remote with a content format: asked for in reads and observations, used to encode writes.
   * Null (the default) lets the device choose how it answers, and writes in TLV when the device
   * supports it (else SenML CBOR, then SenML JSON).
   */
  public final R withContentFormat(ContentFormat format) {
    Target t = target;
    return with(new Target(t.server, t.endpoint, t.object, t.instanceId, t.timeoutMillis, format));
  }

  public final Duration timeout() {
    return Duration.ofMillis(target.timeoutMillis);
  }

  /** The content format set with {@link #withContentFormat}, or null. */
  public final ContentFormat contentFormat() {
    return target.format;
  }

  /** The device's endpoint name. */
  public final String endpoint() {
    return target.endpoint;
  }

  public final int instanceId() {
    return target.instanceId;
  }

  /** {@code /objectId/instanceId}. */
  public final LwM2mPath path() {
    return new LwM2mPath(target.object.id(), target.instanceId);
  }

  /** The object's generated descriptor. */
  public final ObjectDescriptor descriptor() {
    return target.object;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + target.endpoint + " " + path() + "]";
  }

  // --- what generated remotes call ------------------------------------------------------------

  /** Reads a single resource. */
  protected final <T> T read(SingleResource<T> resource) {
    return resource.read(readResource(resource));
  }

  /** Reads a multiple resource: its values by instance ID. */
  protected final <T> Map<Integer, T> read(MultiResource<T> resource) {
    return resource.read(readResource(resource));
  }

  /** Checks {@code value}, then writes it (a replace of the resource). */
  protected final <T> void write(SingleResource<T> resource, T value) {
    own(resource);
    resource.require(value); // throws before anything is sent
    writeResource(resource, resource.node(value));
  }

  /** Checks {@code values}, then writes them: the resource then holds exactly these instances. */
  protected final <T> void write(MultiResource<T> resource, Map<Integer, T> values) {
    own(resource);
    writeResource(resource, resource.node(resource.require(values)));
  }

  /** Executes a resource with {@code arguments} (null: none). */
  protected final void execute(ExecutableResource resource, Arguments arguments) {
    own(resource);
    if (!resource.executable()) {
      throw new UnsupportedOperationException(resource.label() + " is not executable by a server");
    }
    LwM2mPath path = resourcePath(resource);
    LwM2mResponse r = send("execute", path,
        new ExecuteRequest(target.object.id(), target.instanceId, resource.id(), arguments));
    requireSuccess("execute", path, r, resource);
  }

  /** Reads the whole instance, validated against the model (every value, mandatory resources present). */
  protected final LwM2mObjectInstance readInstance() {
    LwM2mPath path = path();
    ReadResponse r = send("read", path, new ReadRequest(target.format, target.object.id(), target.instanceId));
    requireSuccess("read", path, r, null);
    return instanceIn("read", path, r.getCode(), r.getContent());
  }

  /**
   * Observes the whole instance: {@code listener} gets the snapshot {@code snapshot} makes of the
   * current instance, then of every notification.
   */
  protected final <S> RemoteObservation observeInstance(
      Function<LwM2mObjectInstance, S> snapshot, RemoteListener<? super S> listener) {
    Objects.requireNonNull(listener, "listener");
    LwM2mPath path = path();
    return observe(path, listener, (code, node) -> snapshot.apply(instanceIn("notification of", path, code, node)));
  }

  // --- public resource access ------------------------------------------------------------------

  /**
   * Observes a single resource of this instance ({@code NModel.Resources.X}): {@code listener} gets
   * its current value, then the value of every notification. Close the result to cancel.
   */
  public final <T> RemoteObservation observe(SingleResource<T> resource, RemoteListener<? super T> listener) {
    Objects.requireNonNull(listener, "listener");
    readable(resource);
    LwM2mPath path = resourcePath(resource);
    return observe(path, listener, (code, node) -> resource.read(resourceIn("notification of", path, code, node, resource)));
  }

  /** Observes a multiple resource of this instance, as {@link #observe(SingleResource, RemoteListener)}. */
  public final <T> RemoteObservation observe(MultiResource<T> resource, RemoteListener<? super Map<Integer, T>> listener) {
    Objects.requireNonNull(listener, "listener");
    readable(resource);
    LwM2mPath path = resourcePath(resource);
    return observe(path, listener, (code, node) -> resource.read(resourceIn("notification of", path, code, node, resource)));
  }

  // --- internals -------------------------------------------------------------------------------

  private LwM2mResource readResource(ResourceDescriptor resource) {
    readable(resource);
    LwM2mPath path = resourcePath(resource);
    ReadResponse r = send("read", path,
        new ReadRequest(target.format, target.object.id(), target.instanceId, resource.id()));
    requireSuccess("read", path, r, resource);
    return resourceIn("read", path, r.getCode(), r.getContent(), resource);
  }

  private void writeResource(ResourceDescriptor resource, LwM2mResource node) {
    if (!resource.writable()) {
      throw new UnsupportedOperationException(resource.label() + " is not writable by a server");
    }
    LwM2mPath path = resourcePath(resource);
    LwM2mResponse r = send("write", path, new WriteRequest(Mode.REPLACE, writeFormat(), path, node));
    requireSuccess("write", path, r, resource);
  }

  private <T> RemoteObservation observe(LwM2mPath path, RemoteListener<? super T> listener, RemoteObservation.Decoder<T> decoder) {
    Registration registration = registration(path);
    RemoteObservation observation = new RemoteObservation(target.server, target.endpoint, registration.getId(), path,
        target.timeoutMillis, listener, decoder);
    ObserveResponse r;
    try {
      r = send("observe", path, new ObserveRequest(target.format, path, null));
      requireSuccess("observe", path, r, resourceOf(path));
      if (r.getObservation() == null) {
        throw RemoteRequestException.invalidContent(target.endpoint, "observe", path, r.getCode(), "no observation");
      }
      observation.started(r); // the listener gets the first value here, on this thread
    } catch (RuntimeException e) {
      observation.close(); // stops listening, and cancels the observation when it had begun
      throw e;
    }
    return observation;
  }

  private ResourceDescriptor resourceOf(LwM2mPath path) {
    return path.isResource() ? target.object.resource(path.getResourceId()) : null;
  }

  /** The resource node of an answer, checked against its descriptor. */
  private LwM2mResource resourceIn(String operation, LwM2mPath path, ResponseCode code, LwM2mNode content, ResourceDescriptor resource) {
    if (!(content instanceof LwM2mResource)) {
      throw RemoteRequestException.invalidContent(target.endpoint, operation, path, code,
          content == null ? "no content" : "a " + content.getClass().getSimpleName() + " instead of a resource");
    }
    LwM2mResource node = (LwM2mResource) content;
    String problem = resource.check(node);
    if (problem != null) {
      throw RemoteRequestException.invalidContent(target.endpoint, operation, path, code, "an invalid value: " + problem);
    }
    return node;
  }

  /** The instance node of an answer, validated against the object. */
  private LwM2mObjectInstance instanceIn(String operation, LwM2mPath path, ResponseCode code, LwM2mNode content) {
    if (!(content instanceof LwM2mObjectInstance)) {
      throw RemoteRequestException.invalidContent(target.endpoint, operation, path, code,
          content == null ? "no content" : "a " + content.getClass().getSimpleName() + " instead of an object instance");
    }
    LwM2mObjectInstance instance = (LwM2mObjectInstance) content;
    java.util.List<String> problems = target.object.validate(instance);
    if (!problems.isEmpty()) {
      throw RemoteRequestException.invalidContent(target.endpoint, operation, path, code,
          "an invalid instance: " + String.join("; ", problems));
    }
    return instance;
  }

  private void requireSuccess(String operation, LwM2mPath path, LwM2mResponse r, ResourceDescriptor resource) {
    if (r.isSuccess()) {
      return;
    }
    if (r.getCode() == ResponseCode.NOT_FOUND && resource != null) {
      throw new ResourceNotProvidedException(resource.id(),
          operation + " " + path + " on " + target.endpoint + ": 4.04, the device does not provide " + resource.label());
    }
    throw RemoteRequestException.answered(target.endpoint, operation, path, r.getCode(), r.getErrorMessage());
  }

  private <T extends LwM2mResponse> T send(String operation, LwM2mPath path, DownlinkDeviceManagementRequest<T> request) {
    Registration registration = registration(path);
    T response;
    try {
      response = target.server.send(registration, request, target.timeoutMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteRequestException(null, path, operation + " " + path + " on " + target.endpoint + ": interrupted", e, false);
    } catch (RuntimeException e) { // not sent, rejected, cancelled, an answer Leshan could not decode...
      throw new RemoteRequestException(null, path,
          operation + " " + path + " on " + target.endpoint + ": " + e.getClass().getSimpleName() + ": " + e.getMessage(), e, false);
    }
    if (response == null) {
      throw new RemoteRequestException(null, path,
          operation + " " + path + " on " + target.endpoint + ": no answer within " + target.timeoutMillis + " ms", null, true);
    }
    return response;
  }

  private Registration registration(LwM2mPath path) {
    Registration current = target.server.getRegistrationService().getByEndpoint(target.endpoint);
    if (current == null) {
      throw new RemoteRequestException(null, path, "endpoint " + target.endpoint + " is not registered", null, false);
    }
    return current;
  }

  private ContentFormat writeFormat() {
    if (target.format != null) {
      return target.format;
    }
    Registration current = target.server.getRegistrationService().getByEndpoint(target.endpoint);
    Set<ContentFormat> supported = current == null ? null : current.getSupportedContentFormats();
    if (supported == null || supported.isEmpty() || supported.contains(ContentFormat.TLV)) {
      return ContentFormat.TLV;
    }
    return supported.contains(ContentFormat.SENML_CBOR) ? ContentFormat.SENML_CBOR : ContentFormat.SENML_JSON;
  }

  private void readable(ResourceDescriptor resource) {
    own(resource);
    if (!resource.readable()) {
      throw new UnsupportedOperationException(resource.label() + " is not readable by a server");
    }
  }

  private void own(ResourceDescriptor resource) {
    if (target.object.resource(resource.id()) != resource) {
      throw new IllegalArgumentException(resource.label() + " is not a resource of " + target.object);
    }
  }

  private LwM2mPath resourcePath(ResourceDescriptor resource) {
    return new LwM2mPath(target.object.id(), target.instanceId, resource.id());
  }
}
