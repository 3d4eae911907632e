package org.lwm2m.codegen.runtime.remote;

import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mPath;

/**
 * A request of a generated {@code NRemote} failed: the device answered an error other than 4.04
 * (which is {@link org.lwm2m.codegen.runtime.ResourceNotProvidedException}), no answer came in
 * time, the request could not be sent, or the device answered a value the object's model does not
 * accept. {@link #code()} is the device's response code, null when there was no answer.
 */
public class RemoteRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ResponseCode code;
  private final transient LwM2mPath path;
  private final boolean timedOut;

  public RemoteRequestException(ResponseCode code, LwM2mPath path, String message, Throwable cause, boolean timedOut) {
    super(message, cause);
    this.code = code;
    this.path = path;
    this.timedOut = timedOut;
  }

  /** The device answered {@code code}, an error. */
  static RemoteRequestException answered(String endpoint, String operation, LwM2mPath path, ResponseCode code, String error) {
    return new RemoteRequestException(code, path,
        operation + " " + path + " on " + endpoint + ": " + code + (error == null || error.isEmpty() ? "" : " " + error),
        null, false);
  }

  /** The device answered, but with content the model does not accept. */
  static RemoteRequestException invalidContent(String endpoint, String operation, LwM2mPath path, ResponseCode code, String problem) {
    return new RemoteRequestException(code, path,
        operation + " " + path + " on " + endpoint + ": the device answered " + code + " with " + problem, null, false);
  }

  /**
   * The code of the device's answer (an error, or a success whose content was invalid); null when
   * there was no answer (timeout, request not sent, interrupted).
   */
  public ResponseCode code() {
    return code;
  }

  /** The path the request addressed. */
  public LwM2mPath path() {
    return path;
  }

  /** True when no answer came within the remote's timeout. */
  public boolean timedOut() {
    return timedOut;
  }
}
