package org.lwm2m.codegen.sample;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.leshan.client.LeshanClient;
import org.eclipse.leshan.client.LeshanClientBuilder;
import org.eclipse.leshan.client.engine.DefaultRegistrationEngineFactory;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.core.LwM2mId;
import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.node.LwM2mNode;
import org.eclipse.leshan.core.node.LwM2mObjectInstance;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.observation.CompositeObservation;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.observation.SingleObservation;
import org.eclipse.leshan.core.request.DownlinkDeviceManagementRequest;
import org.eclipse.leshan.core.request.ExecuteRequest;
import org.eclipse.leshan.core.request.ObserveRequest;
import org.eclipse.leshan.core.request.ReadRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.request.exception.InvalidResponseException;
import org.eclipse.leshan.core.response.ExecuteResponse;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.ObserveCompositeResponse;
import org.eclipse.leshan.core.response.ObserveResponse;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.LeshanServerBuilder;
import org.eclipse.leshan.server.model.VersionedModelProvider;
import org.eclipse.leshan.server.observation.ObservationListener;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.eclipse.leshan.transport.californium.client.endpoint.CaliforniumClientEndpointsProvider;
import org.eclipse.leshan.transport.californium.client.endpoint.coap.CoapClientProtocolProvider;
import org.eclipse.leshan.transport.californium.server.endpoint.CaliforniumServerEndpointsProvider;
import org.eclipse.leshan.transport.californium.server.endpoint.coap.CoapServerProtocolProvider;
import org.lwm2m.codegen.runtime.ClassPathModels;
import org.lwm2m.codegen.sample.objects.DeviceEnabler;
import org.lwm2m.codegen.sample.objects.DeviceModel;
import org.lwm2m.codegen.sample.objects.IrrigationValve;
import org.lwm2m.codegen.sample.objects.IrrigationValveEnabler;
import org.lwm2m.codegen.sample.objects.IrrigationValveModel;
import org.lwm2m.codegen.sample.objects.SoilMoistureSensorEnabler;
import org.lwm2m.codegen.sample.objects.SoilMoistureSensorModel;
import org.lwm2m.codegen.sample.objects.TemperatureProbeEnabler;
import org.lwm2m.codegen.sample.objects.TemperatureProbeModel;

/**
 * A live LwM2M session on the loopback interface: an embedded Leshan server and a Leshan client
 * (the device) serving objects bound at compile time by lwm2m-codegen.
 *
 * <ul>
 *   <li>Temperature Probe (32001), served from the device's own implementation {@link
 *       GreenhouseProbe} of the generated interface;
 *   <li>Irrigation Valve (32002), served by the generated in-memory implementation;
 *   <li>Device (3), bound from {@code models/3.xml} in Leshan's core jar, in memory too;
 *   <li>Soil Moisture Sensor (32003), declared as the annotated Java interface {@link
 *       org.lwm2m.codegen.sample.objects.SoilMoistureSensor} (no XML in the sources) and served
 *       from the device's {@link BedMoistureProbe}.
 * </ul>
 *
 * <p>The server takes the XML objects' models from their generated {@code MODEL} constants, but
 * the Soil Moisture Sensor's from the class path: {@link ClassPathModels#load()} parses the {@code
 * META-INF/lwm2m/32003-1_0.xml} the processor wrote into the class output, as a server would from
 * a device library's jar.
 *
 * <p>The server reads, writes (one valid and one rejected value), executes and observes; the
 * device then measures a new temperature and a notification arrives. Every wait is bounded. Run
 * it with {@code mvn -q -f samples/device exec:java}; it exits non-zero when a step does not
 * behave as expected.
 */
public final class SampleDevice {
  /** The device's endpoint name. */
  public static final String ENDPOINT = "lwm2m-codegen-sample-device";

  private static final int SHORT_SERVER_ID = 1;
  private static final long LIFETIME_S = 300;
  private static final long REGISTRATION_WAIT_MS = 5_000;
  private static final long REQUEST_TIMEOUT_MS = 2_000;
  private static final long NOTIFICATION_WAIT_MS = 3_000;
  private static final long DEREGISTRATION_WAIT_MS = 2_000;

  private static final double FIRST_READING = 21.5;
  private static final double SECOND_READING = 23.25;
  private static final long GOOD_OPENING = 40;
  private static final long BAD_OPENING = 150;
  private static final double FIRST_MOISTURE = 31.5;
  private static final String FIRST_LABEL = "bed 4";
  private static final String NEW_LABEL = "bed 7";

  private SampleDevice() {
  }

  public static void main(String[] args) throws Exception {
    try {
      run(System.out);
    } catch (SampleFailure e) {
      System.out.println("FAILED   " + e.getMessage());
      throw e;
    }
  }

  /** A step of the session that did not behave as expected. */
  public static final class SampleFailure extends Exception {
    private static final long serialVersionUID = 1L;

    SampleFailure(String message) {
      super(message);
    }

    SampleFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** What the server saw during the session. */
  public static final class Summary {
    /** The objects and versions the device registered with. */
    public final Map<Integer, String> registeredObjects;
    /** The value of /32001/0/0 as the server decoded it. */
    public final Object temperature;
    /** Response code of reading the Location Label the probe does not implement. */
    public final int unimplementedReadCode;
    public final String manufacturer;
    public final String modelNumber;
    public final int goodWriteCode;
    /** The valve's opening as the device saw it after the valid write. */
    public final long openingAfterGoodWrite;
    public final int badWriteCode;
    public final String badWriteMessage;
    /** The valve's opening as the device saw it after the rejected write. */
    public final long openingAfterBadWrite;
    public final int executeCode;
    /** How many times the probe's Clear Extremes ran. */
    public final int extremesCleared;
    public final int observeCode;
    public final Object observedValue;
    /** The value the notification carried after the device measured again. */
    public final Object notifiedValue;
    /** ID and version of every model {@link ClassPathModels#load()} found, in file order. */
    public final List<String> classPathModels;
    /** Whether the server's model of 32003 for this registration is the one read from the class path. */
    public final boolean serverSoilModelFromClassPath;
    /** Whether that model equals the generated SoilMoistureSensorModel.MODEL field for field. */
    public final boolean serverSoilModelMatchesGenerated;
    /** The value of /32003/0/0 as the server decoded it from a read of the whole instance. */
    public final Object soilMoisture;
    /** The value of /32003/0/1 in the same read. */
    public final Object label;
    public final int labelWriteCode;
    /** The label as the device saw it after the write. */
    public final String labelAfterWrite;
    public final int calibrateCode;
    /** How many times the sensor's Calibrate ran. */
    public final int calibrations;
    public final boolean deregistered;
    public final long elapsedMs;

    Summary(Builder b) {
      registeredObjects = b.registeredObjects;
      temperature = b.temperature;
      unimplementedReadCode = b.unimplementedReadCode;
      manufacturer = b.manufacturer;
      modelNumber = b.modelNumber;
      goodWriteCode = b.goodWriteCode;
      openingAfterGoodWrite = b.openingAfterGoodWrite;
      badWriteCode = b.badWriteCode;
      badWriteMessage = b.badWriteMessage;
      openingAfterBadWrite = b.openingAfterBadWrite;
      executeCode = b.executeCode;
      extremesCleared = b.extremesCleared;
      observeCode = b.observeCode;
      observedValue = b.observedValue;
      notifiedValue = b.notifiedValue;
      classPathModels = b.classPathModels;
      serverSoilModelFromClassPath = b.serverSoilModelFromClassPath;
      serverSoilModelMatchesGenerated = b.serverSoilModelMatchesGenerated;
      soilMoisture = b.soilMoisture;
      label = b.label;
      labelWriteCode = b.labelWriteCode;
      labelAfterWrite = b.labelAfterWrite;
      calibrateCode = b.calibrateCode;
      calibrations = b.calibrations;
      deregistered = b.deregistered;
      elapsedMs = b.elapsedMs;
    }

    private static final class Builder {
      Map<Integer, String> registeredObjects;
      Object temperature;
      int unimplementedReadCode;
      String manufacturer;
      String modelNumber;
      int goodWriteCode;
      long openingAfterGoodWrite;
      int badWriteCode;
      String badWriteMessage;
      long openingAfterBadWrite;
      int executeCode;
      int extremesCleared;
      int observeCode;
      Object observedValue;
      Object notifiedValue;
      List<String> classPathModels;
      boolean serverSoilModelFromClassPath;
      boolean serverSoilModelMatchesGenerated;
      Object soilMoisture;
      Object label;
      int labelWriteCode;
      String labelAfterWrite;
      int calibrateCode;
      int calibrations;
      boolean deregistered;
      long elapsedMs;
    }
  }

  /**
   * Runs the whole session, printing it to {@code out}, and stops the server and the device.
   *
   * @throws SampleFailure when a step does not behave as expected or times out
   */
  public static Summary run(PrintStream out) throws SampleFailure, InterruptedException {
    long start = System.nanoTime();
    Summary.Builder summary = new Summary.Builder();
    out.println("lwm2m-codegen sample: a Leshan server and a device on the loopback interface");

    // --- the device's objects, from the generated bindings -----------------------------------
    GreenhouseProbe probe = new GreenhouseProbe(FIRST_READING);
    TemperatureProbeEnabler probeEnabler = new TemperatureProbeEnabler(0, probe);

    IrrigationValveEnabler valveEnabler = IrrigationValveEnabler.inMemory(0);
    IrrigationValve valve = valveEnabler.implementation();

    DeviceEnabler.InMemory device = new DeviceEnabler.InMemory();
    device.setManufacturer("Example Greenhouses");
    device.setModelNumber("GH-2 sensor node");
    device.setSerialNumber("0042");
    device.setSupportedBindingAndModes("U");
    DeviceEnabler deviceEnabler = new DeviceEnabler(0, device);

    BedMoistureProbe soil = new BedMoistureProbe(FIRST_MOISTURE, FIRST_LABEL);
    SoilMoistureSensorEnabler soilEnabler = new SoilMoistureSensorEnabler(0, soil);

    // --- the server ---------------------------------------------------------------------------
    // Every object the device binds, from XML or from an annotated interface: the server reads the
    // XML the processor wrote to META-INF/lwm2m/ (here target/classes; for a device library, its
    // jar), not a Java constant.
    List<ObjectModel> classPathModels;
    try {
      classPathModels = ClassPathModels.load();
    } catch (RuntimeException e) {
      throw new SampleFailure("ClassPathModels.load() failed: " + e, e);
    }
    summary.classPathModels = new ArrayList<>();
    ObjectModel soilModel = null;
    for (ObjectModel m : classPathModels) {
      summary.classPathModels.add(m.id + " v" + m.version);
      if (m.id == SoilMoistureSensorModel.ID) {
        soilModel = m;
      }
    }
    out.println("server   loaded " + classPathModels.size() + " model" + (classPathModels.size() == 1 ? "" : "s")
        + " from " + ClassPathModels.FOLDER + " on the class path: " + String.join(", ", summary.classPathModels));
    require(soilModel != null, "no model of object " + SoilMoistureSensorModel.ID + " under " + ClassPathModels.FOLDER);
    require(soilModel != SoilMoistureSensorModel.MODEL, "the class-path model is the generated constant");

    List<ObjectModel> serverModels = new ArrayList<>(ObjectLoader.loadAllDefault());
    serverModels.addAll(classPathModels);
    CompletableFuture<Registration> registered = new CompletableFuture<>();
    CompletableFuture<Registration> deregistered = new CompletableFuture<>();
    BlockingQueue<ObserveResponse> notifications = new LinkedBlockingQueue<>();

    LeshanServer server =
        new LeshanServerBuilder()
            .setObjectModelProvider(new VersionedModelProvider(serverModels))
            .setEndpointsProviders(
                new CaliforniumServerEndpointsProvider.Builder(new CoapServerProtocolProvider())
                    .addEndpoint(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Protocol.COAP)
                    .build())
            .build();
    server.getRegistrationService().addListener(new RegistrationEvents(registered, deregistered));
    server.getObservationService().addListener(new NotificationEvents(notifications));

    LeshanClient client = null;
    try {
      server.start();
      String serverUri = server.getEndpoint(Protocol.COAP).getURI().toString();
      out.println("server   listening on " + serverUri);

      // --- the device -------------------------------------------------------------------------
      List<ObjectModel> clientModels = new ArrayList<>();
      for (ObjectModel m : ObjectLoader.loadDefault()) {
        if (m.id != DeviceModel.ID) {
          clientModels.add(m);
        }
      }
      clientModels.add(DeviceModel.MODEL);
      clientModels.add(TemperatureProbeModel.MODEL);
      clientModels.add(IrrigationValveModel.MODEL);
      clientModels.add(SoilMoistureSensorModel.MODEL);

      ObjectsInitializer objects = new ObjectsInitializer(new StaticModel(clientModels));
      objects.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(serverUri, SHORT_SERVER_ID));
      objects.setInstancesForObject(LwM2mId.SERVER, new Server(SHORT_SERVER_ID, LIFETIME_S));
      objects.setInstancesForObject(DeviceModel.ID, deviceEnabler);
      objects.setInstancesForObject(TemperatureProbeModel.ID, probeEnabler);
      objects.setInstancesForObject(IrrigationValveModel.ID, valveEnabler);
      objects.setInstancesForObject(SoilMoistureSensorModel.ID, soilEnabler);

      DefaultRegistrationEngineFactory engine = new DefaultRegistrationEngineFactory();
      engine.setRequestTimeoutInMs(REQUEST_TIMEOUT_MS);
      engine.setDeregistrationTimeoutInMs(DEREGISTRATION_WAIT_MS);
      client =
          new LeshanClientBuilder(ENDPOINT)
              .setObjects(objects.createAll())
              .setRegistrationEngineFactory(engine)
              .setEndpointsProviders(
                  new CaliforniumClientEndpointsProvider.Builder(new CoapClientProtocolProvider())
                      .setClientAddress(InetAddress.getLoopbackAddress())
                      .build())
              .build();
      long registering = System.nanoTime();
      client.start();

      // --- registration -----------------------------------------------------------------------
      Registration registration = await(registered, REGISTRATION_WAIT_MS, "the device did not register");
      summary.registeredObjects = new TreeMap<>();
      registration.getSupportedObject().forEach((id, version) -> summary.registeredObjects.put(id, version.toString()));
      out.printf(
          "register %s registered in %d ms with objects %s%n",
          registration.getEndpoint(), millisSince(registering), objectList(summary.registeredObjects));
      require(summary.registeredObjects.containsKey(TemperatureProbeModel.ID)
              && summary.registeredObjects.containsKey(IrrigationValveModel.ID)
              && summary.registeredObjects.containsKey(DeviceModel.ID)
              && summary.registeredObjects.containsKey(SoilMoistureSensorModel.ID),
          "the registration lacks objects 3, 32001, 32002 or 32003");

      ObjectModel served = server.getModelProvider().getObjectModel(registration).getObjectModel(SoilMoistureSensorModel.ID);
      summary.serverSoilModelFromClassPath = served == soilModel;
      summary.serverSoilModelMatchesGenerated =
          served != null && served.toString().equals(SoilMoistureSensorModel.MODEL.toString());
      out.println("model    the server decodes /" + SoilMoistureSensorModel.ID + " with "
          + (summary.serverSoilModelFromClassPath ? "the model read from the class path" : "another model: " + served)
          + (summary.serverSoilModelMatchesGenerated
              ? " (field for field SoilMoistureSensorModel.MODEL)"
              : " (differs from SoilMoistureSensorModel.MODEL)"));
      require(summary.serverSoilModelFromClassPath, "the server does not use the class-path model of 32003");

      // --- read the probe's temperature ------------------------------------------------------
      ReadResponse read =
          send(server, registration, new ReadRequest(TemperatureProbeModel.ID, 0, TemperatureProbeModel.TEMPERATURE));
      requireCode(read, 205, "read /32001/0/0");
      summary.temperature = ((LwM2mSingleResource) read.getContent()).getValue();
      step(out, "read", "/32001/0/0 Temperature",
          code(read) + "  " + summary.temperature + " Cel (a " + summary.temperature.getClass().getSimpleName() + ")");
      require(Double.valueOf(FIRST_READING).equals(summary.temperature), "read " + summary.temperature + ", expected " + FIRST_READING);

      ReadResponse missing =
          send(server, registration, new ReadRequest(TemperatureProbeModel.ID, 0, TemperatureProbeModel.LOCATION_LABEL));
      summary.unimplementedReadCode = missing.getCode().getCode();
      step(out, "read", "/32001/0/5 Location Label", code(missing) + "  (the probe does not implement it)");
      requireCode(missing, 404, "read /32001/0/5");

      // --- read the Device object ------------------------------------------------------------
      ReadResponse deviceRead = send(server, registration, new ReadRequest(DeviceModel.ID, 0));
      requireCode(deviceRead, 205, "read /3/0");
      LwM2mObjectInstance deviceInstance = (LwM2mObjectInstance) deviceRead.getContent();
      summary.manufacturer = stringValue(deviceInstance, DeviceModel.MANUFACTURER);
      summary.modelNumber = stringValue(deviceInstance, DeviceModel.MODEL_NUMBER);
      step(out, "read", "/3/0 Device",
          code(deviceRead) + "  manufacturer \"" + summary.manufacturer + "\", model \"" + summary.modelNumber
              + "\" (" + deviceInstance.getResources().size() + " resources)");
      require("Example Greenhouses".equals(summary.manufacturer), "unexpected manufacturer " + summary.manufacturer);

      // --- the object declared as a Java interface: read, write its label, execute ------------
      ReadResponse soilRead = send(server, registration, new ReadRequest(SoilMoistureSensorModel.ID, 0));
      requireCode(soilRead, 205, "read /32003/0");
      LwM2mObjectInstance soilInstance = (LwM2mObjectInstance) soilRead.getContent();
      summary.soilMoisture = valueOf(soilInstance, SoilMoistureSensorModel.SOIL_MOISTURE);
      summary.label = valueOf(soilInstance, SoilMoistureSensorModel.LABEL);
      step(out, "read", "/32003/0 Soil Moisture",
          code(soilRead) + "  moisture " + summary.soilMoisture + " % (a "
              + (summary.soilMoisture == null ? "null" : summary.soilMoisture.getClass().getSimpleName())
              + "), label \"" + summary.label + "\"");
      require(Double.valueOf(FIRST_MOISTURE).equals(summary.soilMoisture),
          "read moisture " + summary.soilMoisture + ", expected " + FIRST_MOISTURE);
      require(FIRST_LABEL.equals(summary.label), "read label " + summary.label + ", expected " + FIRST_LABEL);

      WriteResponse labelled =
          send(server, registration, new WriteRequest(SoilMoistureSensorModel.ID, 0, SoilMoistureSensorModel.LABEL, NEW_LABEL));
      summary.labelWriteCode = labelled.getCode().getCode();
      summary.labelAfterWrite = soil.getLabel();
      step(out, "write", "/32003/0/1 Label := \"" + NEW_LABEL + "\"",
          code(labelled) + "  (the device now calls it \"" + summary.labelAfterWrite + "\")");
      requireCode(labelled, 204, "write /32003/0/1");
      require(NEW_LABEL.equals(summary.labelAfterWrite), "the sensor did not take the written label");

      ExecuteResponse calibrated =
          send(server, registration, new ExecuteRequest(SoilMoistureSensorModel.ID, 0, SoilMoistureSensorModel.CALIBRATE));
      summary.calibrateCode = calibrated.getCode().getCode();
      summary.calibrations = soil.calibrations();
      step(out, "execute", "/32003/0/2 Calibrate",
          code(calibrated) + "  (the sensor now reads " + soil.getSoilMoisture() + " %)");
      requireCode(calibrated, 204, "execute /32003/0/2");
      require(summary.calibrations == 1, "Calibrate did not reach the sensor");

      // --- write the valve: a valid value, then one out of range ------------------------------
      WriteResponse good =
          send(server, registration, new WriteRequest(IrrigationValveModel.ID, 0, IrrigationValveModel.OPENING, GOOD_OPENING));
      summary.goodWriteCode = good.getCode().getCode();
      summary.openingAfterGoodWrite = valve.getOpening();
      step(out, "write", "/32002/0/1 Opening := " + GOOD_OPENING,
          code(good) + "  (the valve now opens to " + summary.openingAfterGoodWrite + " %)");
      requireCode(good, 204, "write /32002/0/1 " + GOOD_OPENING);
      require(summary.openingAfterGoodWrite == GOOD_OPENING, "the valve did not take the written opening");

      WriteResponse bad =
          send(server, registration, new WriteRequest(IrrigationValveModel.ID, 0, IrrigationValveModel.OPENING, BAD_OPENING));
      summary.badWriteCode = bad.getCode().getCode();
      summary.badWriteMessage = bad.getErrorMessage();
      summary.openingAfterBadWrite = valve.getOpening();
      step(out, "write", "/32002/0/1 Opening := " + BAD_OPENING,
          code(bad) + (summary.badWriteMessage == null ? "" : "  \"" + summary.badWriteMessage + "\"")
              + " (the valve still opens to " + summary.openingAfterBadWrite + " %)");
      requireCode(bad, 400, "write /32002/0/1 " + BAD_OPENING);
      require(summary.openingAfterBadWrite == GOOD_OPENING, "the rejected write changed the valve");

      // --- execute on the probe ---------------------------------------------------------------
      probe.measure(FIRST_READING - 3); // a colder moment earlier on: lowest is now below the reading
      probe.measure(FIRST_READING);
      ExecuteResponse executed =
          send(server, registration, new ExecuteRequest(TemperatureProbeModel.ID, 0, TemperatureProbeModel.CLEAR_EXTREMES));
      summary.executeCode = executed.getCode().getCode();
      summary.extremesCleared = probe.clears();
      step(out, "execute", "/32001/0/3 Clear Extremes",
          code(executed) + "  (lowest..highest now " + probe.getLowestTemperature() + ".." + probe.getHighestTemperature() + " Cel)");
      requireCode(executed, 204, "execute /32001/0/3");
      require(summary.extremesCleared == 1, "Clear Extremes did not reach the probe");

      // --- observe the temperature, then let the device measure a new value -------------------
      ObserveResponse observed =
          send(server, registration, new ObserveRequest(TemperatureProbeModel.ID, 0, TemperatureProbeModel.TEMPERATURE));
      requireCode(observed, 205, "observe /32001/0/0");
      summary.observeCode = observed.getCode().getCode();
      summary.observedValue = ((LwM2mSingleResource) observed.getContent()).getValue();
      step(out, "observe", "/32001/0/0 Temperature", code(observed) + "  " + summary.observedValue + " Cel");

      probe.measure(SECOND_READING);
      probeEnabler.changed(
          TemperatureProbeModel.TEMPERATURE,
          TemperatureProbeModel.LOWEST_TEMPERATURE,
          TemperatureProbeModel.HIGHEST_TEMPERATURE);
      long notifying = System.nanoTime();
      summary.notifiedValue = awaitNotification(notifications, SECOND_READING);
      step(out, "notify", "/32001/0/0 Temperature",
          summary.notifiedValue + " Cel, " + millisSince(notifying) + " ms after the device measured it and called changed()");

      // --- stop --------------------------------------------------------------------------------
      client.destroy(true);
      client = null;
      try {
        await(deregistered, DEREGISTRATION_WAIT_MS, "no deregistration");
        summary.deregistered = true;
      } catch (SampleFailure e) {
        summary.deregistered = false;
      }
      out.println("stop     device " + (summary.deregistered ? "deregistered" : "stopped (deregistration not seen)") + ", server stopped");
    } catch (RuntimeException e) {
      throw new SampleFailure("unexpected " + e, e);
    } finally {
      if (client != null) {
        client.destroy(false);
      }
      server.destroy();
    }
    summary.elapsedMs = millisSince(start);
    out.printf(Locale.ROOT, "done     in %.1f s%n", summary.elapsedMs / 1000.0);
    return new Summary(summary);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static <T extends LwM2mResponse> T send(
      LeshanServer server, Registration registration, DownlinkDeviceManagementRequest<T> request)
      throws SampleFailure, InterruptedException {
    T response;
    try {
      response = server.send(registration, request, REQUEST_TIMEOUT_MS);
    } catch (InvalidResponseException e) {
      throw new SampleFailure(request + ": invalid response: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new SampleFailure(request + " failed: " + e, e);
    }
    if (response == null) {
      throw new SampleFailure(request + ": no response within " + REQUEST_TIMEOUT_MS + " ms");
    }
    return response;
  }

  private static Object awaitNotification(BlockingQueue<ObserveResponse> notifications, double expected)
      throws SampleFailure, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(NOTIFICATION_WAIT_MS);
    Object last = null;
    while (true) {
      long left = deadline - System.nanoTime();
      ObserveResponse n = left <= 0 ? null : notifications.poll(left, TimeUnit.NANOSECONDS);
      if (n == null) {
        throw new SampleFailure(
            "no notification carrying " + expected + " within " + NOTIFICATION_WAIT_MS + " ms (last: " + last + ")");
      }
      LwM2mNode content = n.getContent();
      if (content instanceof LwM2mSingleResource) {
        last = ((LwM2mSingleResource) content).getValue();
        if (Double.valueOf(expected).equals(last)) {
          return last;
        }
      }
    }
  }

  private static <T> T await(CompletableFuture<T> future, long millis, String what)
      throws SampleFailure, InterruptedException {
    try {
      return future.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new SampleFailure(what + " within " + millis + " ms");
    } catch (ExecutionException e) {
      throw new SampleFailure(what + ": " + e.getCause(), e.getCause());
    }
  }

  private static Object valueOf(LwM2mObjectInstance instance, int resourceId) {
    LwM2mResource r = instance.getResource(resourceId);
    return r == null ? null : r.getValue();
  }

  private static String stringValue(LwM2mObjectInstance instance, int resourceId) throws SampleFailure {
    LwM2mResource r = instance.getResource(resourceId);
    if (r == null) {
      throw new SampleFailure("resource /3/0/" + resourceId + " missing from the read");
    }
    return String.valueOf(r.getValue());
  }

  private static void step(PrintStream out, String verb, String target, String outcome) {
    out.printf(Locale.ROOT, "%-8s %-28s -> %s%n", verb, target, outcome);
  }

  private static void require(boolean condition, String what) throws SampleFailure {
    if (!condition) {
      throw new SampleFailure(what);
    }
  }

  private static void requireCode(LwM2mResponse response, int expected, String what) throws SampleFailure {
    if (response.getCode().getCode() != expected) {
      throw new SampleFailure(
          what + ": expected " + dotted(expected) + ", got " + code(response)
              + (response.getErrorMessage() == null ? "" : " \"" + response.getErrorMessage() + "\""));
    }
  }

  private static String code(LwM2mResponse response) {
    return dotted(response.getCode().getCode()) + " " + response.getCode().getName();
  }

  private static String dotted(int code) {
    return String.format(Locale.ROOT, "%d.%02d", code / 100, code % 100);
  }

  private static String objectList(Map<Integer, String> objects) {
    StringBuilder b = new StringBuilder();
    objects.forEach((id, version) -> b.append(b.length() == 0 ? "" : ", ").append(id).append(" v").append(version));
    return b.toString();
  }

  private static long millisSince(long nanoTime) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
  }

  /** Completes the futures when the device registers and deregisters. */
  private static final class RegistrationEvents implements RegistrationListener {
    private final CompletableFuture<Registration> registered;
    private final CompletableFuture<Registration> deregistered;

    RegistrationEvents(CompletableFuture<Registration> registered, CompletableFuture<Registration> deregistered) {
      this.registered = registered;
      this.deregistered = deregistered;
    }

    @Override
    public void registered(Registration registration, Registration previousReg, Collection<Observation> previousObservations) {
      if (ENDPOINT.equals(registration.getEndpoint())) {
        registered.complete(registration);
      }
    }

    @Override
    public void updated(RegistrationUpdate update, Registration updatedReg, Registration previousReg) {
    }

    @Override
    public void unregistered(
        Registration registration, Collection<Observation> observations, boolean expired, Registration newReg) {
      if (ENDPOINT.equals(registration.getEndpoint())) {
        deregistered.complete(registration);
      }
    }
  }

  /** Queues the notifications of single observations. */
  private static final class NotificationEvents implements ObservationListener {
    private final BlockingQueue<ObserveResponse> notifications;

    NotificationEvents(BlockingQueue<ObserveResponse> notifications) {
      this.notifications = notifications;
    }

    @Override
    public void newObservation(Observation observation, Registration registration) {
    }

    @Override
    public void cancelled(Observation observation) {
    }

    @Override
    public void onResponse(SingleObservation observation, Registration registration, ObserveResponse response) {
      notifications.add(response);
    }

    @Override
    public void onResponse(CompositeObservation observation, Registration registration, ObserveCompositeResponse response) {
    }

    @Override
    public void onError(Observation observation, Registration registration, Exception error) {
    }
  }
}
