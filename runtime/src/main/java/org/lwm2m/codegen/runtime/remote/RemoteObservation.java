package org.lwm2m.codegen.runtime.remote;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mPath;
import org.eclipse.leshan.core.observation.CompositeObservation;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.observation.SingleObservation;
import org.eclipse.leshan.core.request.CancelObservationRequest;
import org.eclipse.leshan.core.response.ObserveCompositeResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.observation.ObservationListener;
import org.eclipse.leshan.server.registration.Registration;

/**
 * An observation started by a generated {@code NRemote}: hands its listener typed, checked values
 * until it is closed. {@link #close()} cancels it on the server (which forgets it at once) and asks
 * the device to stop notifying (without waiting for its answer). It ends by itself when the server
 * cancels it (the device deregistered, or another observation of the same path replaced it).
 */
public final class RemoteObservation implements AutoCloseable {

  /** Turns the content of an answer into the listener's value; throws {@link RemoteRequestException}. */
  interface Decoder<T> {
    T decode(ResponseCode code, LwM2mNode content);
  }

  private final LeshanServer server;
  private final String endpoint;
  private final String registrationId;
  private final LwM2mPath path;
  private final long timeoutMillis;
  private final Relay<?> relay;

  <T> RemoteObservation(LeshanServer server, String endpoint, String registrationId, LwM2mPath path, long timeoutMillis,
      RemoteListener<? super T> listener, Decoder<T> decoder) {
    this.server = server;
    this.endpoint = endpoint;
    this.registrationId = registrationId;
    this.path = path;
    this.timeoutMillis = timeoutMillis;
    this.relay = new Relay<>(listener, decoder);
    // Listening before the Observe is sent: a notification that arrives before the answer has
    // been handed back is kept, not lost.
    server.getObservationService().addListener(relay);
  }

  /** The observed path. */
  public LwM2mPath path() {
    return path;
  }

  /** Leshan's observation, null until the device has answered the Observe. */
  public SingleObservation observation() {
    return relay.observation();
  }

  /** True until it is closed or the server has cancelled it. */
  public boolean isActive() {
    return relay.active();
  }

  /** Cancels the observation; the listener is called no more. Closing twice does nothing. */
  @Override
  public void close() {
    SingleObservation observation = relay.stop();
    if (observation == null) {
      return;
    }
    server.getObservationService().cancelObservation(observation);
    Registration registration = server.getRegistrationService().getById(registrationId);
    if (registration != null) {
      try {
        // Best effort: a device that does not answer still stops at its next notification,
        // which the server (having forgotten the observation) answers with a reset.
        server.send(registration, new CancelObservationRequest(observation), timeoutMillis, response -> {}, error -> {});
      } catch (RuntimeException e) {
        // not sent: the reset above still ends it
      }
    }
  }

  @Override
  public String toString() {
    return "RemoteObservation[" + endpoint + " " + path + (isActive() ? "" : ", closed") + "]";
  }

  /** Called with the device's answer to the Observe: the listener gets its value, then the kept notifications. */
  void started(ObserveResponse first) {
    relay.start(first);
  }

  /** The server's listener for this observation; serialises the calls of the user's listener. */
  private final class Relay<T> implements ObservationListener {
    private final RemoteListener<? super T> listener;
    private final Decoder<T> decoder;
    private SingleObservation observation;
    /** Notifications of this path that came before the Observe's answer, with their observations. */
    private List<Object[]> early = new ArrayList<>();
    /** Observations of this path the server cancelled before the Observe's answer came back. */
    private final List<Observation> cancelledEarly = new ArrayList<>();
    private boolean stopped;

    Relay(RemoteListener<? super T> listener, Decoder<T> decoder) {
      this.listener = listener;
      this.decoder = decoder;
    }

    synchronized SingleObservation observation() {
      return observation;
    }

    synchronized boolean active() {
      return !stopped && observation != null;
    }

    /** On the thread calling {@code observe()}: what the listener throws for the first value is thrown there. */
    synchronized void start(ObserveResponse first) {
      if (stopped) {
        return;
      }
      observation = first.getObservation();
      for (Observation o : cancelledEarly) {
        if (o.getId().equals(observation.getId())) {
          // replaced or ended before its answer was handed back: over before it began
          stopped = true;
          early = null;
          server.getObservationService().removeListener(this);
          return;
        }
      }
      deliver(first);
      for (Object[] kept : early) {
        if (((Observation) kept[0]).getId().equals(observation.getId())) {
          deliver((ObserveResponse) kept[1]);
        }
      }
      early = null;
    }

    /** Stops delivering; returns the observation to cancel, or null when already stopped. */
    synchronized SingleObservation stop() {
      server.getObservationService().removeListener(this);
      if (stopped) {
        return null;
      }
      stopped = true;
      early = null;
      return observation;
    }

    private void deliver(ObserveResponse r) {
      T value;
      try {
        if (!r.isSuccess()) {
          throw RemoteRequestException.answered(endpoint, "notification of", path, r.getCode(), r.getErrorMessage());
        }
        value = decoder.decode(r.getCode(), r.getContent());
      } catch (RemoteRequestException e) {
        listener.failed(e);
        return;
      }
      listener.changed(value);
    }

    /**
     * On Leshan's threads: what the listener throws must not reach Leshan, which would hand it to
     * every other listener as an error of this observation; it goes to the thread's handler.
     */
    private void deliverGuarded(ObserveResponse r) {
      try {
        deliver(r);
      } catch (RuntimeException e) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
      }
    }

    private boolean mine(Observation o) {
      return observation != null ? observation.getId().equals(o.getId()) : sameTarget(o);
    }

    private boolean sameTarget(Observation o) {
      return o instanceof SingleObservation
          && registrationId.equals(o.getRegistrationId())
          && path.equals(((SingleObservation) o).getPath());
    }

    @Override
    public void newObservation(Observation o, Registration registration) {}

    @Override
    public synchronized void cancelled(Observation o) {
      if (stopped) {
        return;
      }
      if (observation == null) {
        if (sameTarget(o)) {
          cancelledEarly.add(o); // start() decides when it knows which observation is its own
        }
      } else if (observation.getId().equals(o.getId())) {
        stopped = true;
        server.getObservationService().removeListener(this);
      }
    }

    @Override
    public synchronized void onResponse(SingleObservation o, Registration registration, ObserveResponse response) {
      if (stopped || !mine(o)) {
        return;
      }
      if (observation == null) {
        early.add(new Object[] {o, response});
      } else {
        deliverGuarded(response);
      }
    }

    @Override
    public void onResponse(CompositeObservation o, Registration registration, ObserveCompositeResponse response) {}

    @Override
    public synchronized void onError(Observation o, Registration registration, Exception error) {
      if (stopped || observation == null || !observation.getId().equals(o.getId())) {
        return;
      }
      RemoteRequestException failure = new RemoteRequestException(null, path,
          "notification of " + path + " on " + endpoint + ": " + error.getClass().getSimpleName() + ": " + error.getMessage(),
          error, false);
      try {
        listener.failed(failure);
      } catch (RuntimeException e) {
        Thread t = Thread.currentThread();
        t.getUncaughtExceptionHandler().uncaughtException(t, e);
      }
    }
  }
}
