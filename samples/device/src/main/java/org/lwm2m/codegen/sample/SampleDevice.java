package org.lwm2m.codegen.sample;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
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
import org.eclipse.leshan.client.engine.DefaultRegistrationEngineFactory;
import org.eclipse.leshan.client.object.Security;
import org.eclipse.leshan.client.object.Server;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.core.LwM2mId;
import org.eclipse.leshan.core.ResponseCode;
import org.eclipse.leshan.core.endpoint.Protocol;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;
import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.eclipse.leshan.core.observation.Observation;
import org.eclipse.leshan.core.request.ContentFormat;
import org.eclipse.leshan.core.request.CreateRequest;
import org.eclipse.leshan.core.request.DownlinkDeviceManagementRequest;
import org.eclipse.leshan.core.request.WriteCompositeRequest;
import org.eclipse.leshan.core.request.WriteRequest;
import org.eclipse.leshan.core.request.argument.Arguments;
import org.eclipse.leshan.core.request.exception.InvalidResponseException;
import org.eclipse.leshan.core.response.CreateResponse;
import org.eclipse.leshan.core.response.LwM2mResponse;
import org.eclipse.leshan.core.response.WriteCompositeResponse;
import org.eclipse.leshan.core.response.WriteResponse;
import org.eclipse.leshan.server.LeshanServer;
import org.eclipse.leshan.server.LeshanServerBuilder;
import org.eclipse.leshan.server.model.VersionedModelProvider;
import org.eclipse.leshan.server.registration.Registration;
import org.eclipse.leshan.server.registration.RegistrationListener;
import org.eclipse.leshan.server.registration.RegistrationUpdate;
import org.eclipse.leshan.transport.californium.client.endpoint.CaliforniumClientEndpointsProvider;
import org.eclipse.leshan.transport.californium.client.endpoint.coap.CoapClientProtocolProvider;
import org.eclipse.leshan.transport.californium.server.endpoint.CaliforniumServerEndpointsProvider;
import org.eclipse.leshan.transport.californium.server.endpoint.coap.CoapServerProtocolProvider;
import org.lwm2m.codegen.runtime.CheckedLeshanClientBuilder;
import org.lwm2m.codegen.runtime.CheckedObjectsInitializer;
import org.lwm2m.codegen.runtime.ClassPathModels;
import org.lwm2m.codegen.runtime.ResourceNotProvidedException;
import org.lwm2m.codegen.runtime.remote.RemoteObservation;
import org.lwm2m.codegen.runtime.remote.RemoteRequestException;
import org.lwm2m.codegen.sample.objects.DeviceEnabler;
import org.lwm2m.codegen.sample.objects.DeviceModel;
import org.lwm2m.codegen.sample.objects.DeviceRemote;
import org.lwm2m.codegen.sample.objects.IrrigationValve;
import org.lwm2m.codegen.sample.objects.IrrigationValveEnabler;
import org.lwm2m.codegen.sample.objects.IrrigationValveModel;
import org.lwm2m.codegen.sample.objects.IrrigationValveRemote;
import org.lwm2m.codegen.sample.objects.SoilMoistureSensorEnabler;
import org.lwm2m.codegen.sample.objects.SoilMoistureSensorModel;
import org.lwm2m.codegen.sample.objects.SoilMoistureSensorRemote;
import org.lwm2m.codegen.sample.objects.TemperatureProbeEnabler;
import org.lwm2m.codegen.sample.objects.TemperatureProbeModel;
import org.lwm2m.codegen.sample.objects.TemperatureProbeRemote;

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
 * <p>The server side is written with the generated remotes ({@code TemperatureProbeRemote}...),
 * which implement the same interfaces as the device's objects: it reads (a resource, and whole
 * instances into snapshots), writes (one valid value, and one the remote refuses before sending
 * it), executes and observes; a server's Create and Write-Composite, checked by the runtime's
 * {@link CheckedObjectsInitializer} and {@link CheckedLeshanClientBuilder} on the device, create
 * and write nothing when one value is invalid. The device then measures a new temperature and the
 * observation delivers it. Every wait is bounded. Run it with {@code mvn -q -f samples/device
 * exec:java}; it exits non-zero when a step does not behave as expected.
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
  private static final String TOO_LONG_LABEL = "a label of forty bytes, eight too many..";
  private static final String CREATED_LABEL = "bed 9";
  private static final String COMPOSITE_LABEL = "bed 8";
  private static final long COMPOSITE_OPENING = 60;

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
    /** The value of /32001/0/0 as {@code TemperatureProbeRemote.getTemperature()} returned it. */
    public final Object temperature;
    /** Whether reading the Location Label the probe does not implement threw {@code ResourceNotProvidedException} (4.04). */
    public final boolean locationLabelNotProvided;
    public final String manufacturer;
    public final String modelNumber;
    /** How many resources the snapshot of /3/0 holds. */
    public final int deviceResources;
    /** The valve's opening as the device saw it after the valid write. */
    public final long openingAfterGoodWrite;
    /** The message of the {@code IllegalArgumentException} the remote threw for an out-of-range opening. */
    public final String remoteRejection;
    /** How many writes of the valve's opening reached the device for that value (none). */
    public final int writesSeenForRejected;
    /** The code a raw Write of the same value got from the device (it checks too). */
    public final int badWriteCode;
    public final String badWriteMessage;
    /** The valve's opening as the device saw it after the rejected writes. */
    public final long openingAfterBadWrite;
    /** How many times the probe's Clear Extremes ran. */
    public final int extremesCleared;
    /** The value the observation delivered first. */
    public final Object observedValue;
    /** The value the observation delivered after the device measured again. */
    public final Object notifiedValue;
    /** Whether closing the observation left the server without it. */
    public final boolean observationCancelled;
    /** ID and version of every model {@link ClassPathModels#load()} found, in file order. */
    public final List<String> classPathModels;
    /** Whether the server's model of 32003 for this registration is the one read from the class path. */
    public final boolean serverSoilModelFromClassPath;
    /** Whether that model equals the generated SoilMoistureSensorModel.MODEL field for field. */
    public final boolean serverSoilModelMatchesGenerated;
    /** The value of /32003/0/0 in the snapshot of the whole instance. */
    public final Object soilMoisture;
    /** The value of /32003/0/1 in the same snapshot. */
    public final Object label;
    /** The label as the device saw it after the write. */
    public final String labelAfterWrite;
    /** How many times the sensor's Calibrate ran. */
    public final int calibrations;
    /** The code of a Create of a sensor whose label is too long (4.00: nothing created). */
    public final int invalidCreateCode;
    public final String invalidCreateMessage;
    /** Whether instance 1 of 32003 still did not exist after that Create. */
    public final boolean createdNothing;
    /** Where the valid Create put the new sensor. */
    public final String createdLocation;
    /** The new sensor's label, read through its remote. */
    public final String createdLabel;
    /** The code of a Write-Composite with one invalid node (4.00: nothing written). */
    public final int invalidCompositeCode;
    public final String invalidCompositeMessage;
    /** The valve's opening after it: the valid node was not written either. */
    public final long openingAfterInvalidComposite;
    /** The code of the same Write-Composite with every node valid. */
    public final int compositeCode;
    /** The valve's opening after it. */
    public final long openingAfterComposite;
    public final boolean deregistered;
    public final long elapsedMs;

    Summary(Builder b) {
      registeredObjects = b.registeredObjects;
      temperature = b.temperature;
      locationLabelNotProvided = b.locationLabelNotProvided;
      manufacturer = b.manufacturer;
      modelNumber = b.modelNumber;
      deviceResources = b.deviceResources;
      openingAfterGoodWrite = b.openingAfterGoodWrite;
      remoteRejection = b.remoteRejection;
      writesSeenForRejected = b.writesSeenForRejected;
      badWriteCode = b.badWriteCode;
      badWriteMessage = b.badWriteMessage;
      openingAfterBadWrite = b.openingAfterBadWrite;
      extremesCleared = b.extremesCleared;
      observedValue = b.observedValue;
      notifiedValue = b.notifiedValue;
      observationCancelled = b.observationCancelled;
      classPathModels = b.classPathModels;
      serverSoilModelFromClassPath = b.serverSoilModelFromClassPath;
      serverSoilModelMatchesGenerated = b.serverSoilModelMatchesGenerated;
      soilMoisture = b.soilMoisture;
      label = b.label;
      labelAfterWrite = b.labelAfterWrite;
      calibrations = b.calibrations;
      invalidCreateCode = b.invalidCreateCode;
      invalidCreateMessage = b.invalidCreateMessage;
      createdNothing = b.createdNothing;
      createdLocation = b.createdLocation;
      createdLabel = b.createdLabel;
      invalidCompositeCode = b.invalidCompositeCode;
      invalidCompositeMessage = b.invalidCompositeMessage;
      openingAfterInvalidComposite = b.openingAfterInvalidComposite;
      compositeCode = b.compositeCode;
      openingAfterComposite = b.openingAfterComposite;
      deregistered = b.deregistered;
      elapsedMs = b.elapsedMs;
    }

    private static final class Builder {
      Map<Integer, String> registeredObjects;
      Object temperature;
      boolean locationLabelNotProvided;
      String manufacturer;
      String modelNumber;
      int deviceResources;
      long openingAfterGoodWrite;
      String remoteRejection;
      int writesSeenForRejected;
      int badWriteCode;
      String badWriteMessage;
      long openingAfterBadWrite;
      int extremesCleared;
      Object observedValue;
      Object notifiedValue;
      boolean observationCancelled;
      List<String> classPathModels;
      boolean serverSoilModelFromClassPath;
      boolean serverSoilModelMatchesGenerated;
      Object soilMoisture;
      Object label;
      String labelAfterWrite;
      int calibrations;
      int invalidCreateCode;
      String invalidCreateMessage;
      boolean createdNothing;
      String createdLocation;
      String createdLabel;
      int invalidCompositeCode;
      String invalidCompositeMessage;
      long openingAfterInvalidComposite;
      int compositeCode;
      long openingAfterComposite;
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

    LeshanServer server =
        new LeshanServerBuilder()
            .setObjectModelProvider(new VersionedModelProvider(serverModels))
            .setEndpointsProviders(
                new CaliforniumServerEndpointsProvider.Builder(new CoapServerProtocolProvider())
                    .addEndpoint(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Protocol.COAP)
                    .build())
            .build();
    server.getRegistrationService().addListener(new RegistrationEvents(registered, deregistered));

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

      // The runtime's checked initializer and client builder: a server's Create and Write-Composite
      // are checked against the generated models before anything is applied.
      ObjectsInitializer objects = new CheckedObjectsInitializer(new StaticModel(clientModels));
      objects.setInstancesForObject(LwM2mId.SECURITY, Security.noSec(serverUri, SHORT_SERVER_ID));
      objects.setInstancesForObject(LwM2mId.SERVER, new Server(SHORT_SERVER_ID, LIFETIME_S));
      objects.setInstancesForObject(DeviceModel.ID, deviceEnabler);
      objects.setInstancesForObject(TemperatureProbeModel.ID, probeEnabler);
      objects.setInstancesForObject(IrrigationValveModel.ID, valveEnabler);
      objects.setInstancesForObject(SoilMoistureSensorModel.ID, soilEnabler);
      objects.setFactoryForObject(SoilMoistureSensorModel.ID, SoilMoistureSensorEnabler.factory()); // for a Create

      DefaultRegistrationEngineFactory engine = new DefaultRegistrationEngineFactory();
      engine.setRequestTimeoutInMs(REQUEST_TIMEOUT_MS);
      engine.setDeregistrationTimeoutInMs(DEREGISTRATION_WAIT_MS);
      client =
          new CheckedLeshanClientBuilder(ENDPOINT)
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

      // --- the server's side, written with the generated remotes ------------------------------
      // Each NRemote implements the object's interface: getters read, setters check then write,
      // executable methods execute, on one instance of the registered device.
      Duration timeout = Duration.ofMillis(REQUEST_TIMEOUT_MS);
      TemperatureProbeRemote probeRemote = TemperatureProbeRemote.of(server, registration, 0).withTimeout(timeout);
      IrrigationValveRemote valveRemote = IrrigationValveRemote.of(server, registration, 0).withTimeout(timeout);
      SoilMoistureSensorRemote soilRemote = SoilMoistureSensorRemote.of(server, registration, 0).withTimeout(timeout);
      DeviceRemote deviceRemote = DeviceRemote.of(server, registration, 0).withTimeout(timeout);

      // --- read the probe's temperature ------------------------------------------------------
      double temperature = probeRemote.getTemperature();
      summary.temperature = temperature;
      step(out, "read", "/32001/0/0 Temperature", temperature + " Cel (probeRemote.getTemperature(), a double)");
      require(FIRST_READING == temperature, "read " + temperature + ", expected " + FIRST_READING);

      try {
        String label = probeRemote.getLocationLabel();
        throw new SampleFailure("read a Location Label the probe does not implement: " + label);
      } catch (ResourceNotProvidedException e) {
        summary.locationLabelNotProvided = true;
        step(out, "read", "/32001/0/5 Location Label", "4.04: ResourceNotProvidedException (the probe does not implement it)");
      }

      // --- read the Device object ------------------------------------------------------------
      DeviceRemote.Snapshot deviceSnapshot = deviceRemote.read();
      summary.manufacturer = deviceSnapshot.getManufacturer();
      summary.modelNumber = deviceSnapshot.getModelNumber();
      summary.deviceResources = deviceSnapshot.node().getResources().size();
      step(out, "read", "/3/0 Device",
          "snapshot: manufacturer \"" + summary.manufacturer + "\", model \"" + summary.modelNumber
              + "\" (" + summary.deviceResources + " resources, validated)");
      require("Example Greenhouses".equals(summary.manufacturer), "unexpected manufacturer " + summary.manufacturer);

      // --- the object declared as a Java interface: read, write its label, execute ------------
      SoilMoistureSensorRemote.Snapshot soilSnapshot = soilRemote.read();
      summary.soilMoisture = soilSnapshot.getSoilMoisture();
      summary.label = soilSnapshot.getLabel();
      step(out, "read", "/32003/0 Soil Moisture",
          "snapshot: moisture " + summary.soilMoisture + " %, label \"" + summary.label + "\"");
      require(Double.valueOf(FIRST_MOISTURE).equals(summary.soilMoisture),
          "read moisture " + summary.soilMoisture + ", expected " + FIRST_MOISTURE);
      require(FIRST_LABEL.equals(summary.label), "read label " + summary.label + ", expected " + FIRST_LABEL);

      soilRemote.setLabel(NEW_LABEL);
      summary.labelAfterWrite = soil.getLabel();
      step(out, "write", "/32003/0/1 Label := \"" + NEW_LABEL + "\"",
          "2.04 (the device now calls it \"" + summary.labelAfterWrite + "\")");
      require(NEW_LABEL.equals(summary.labelAfterWrite), "the sensor did not take the written label");

      soilRemote.calibrate();
      summary.calibrations = soil.calibrations();
      step(out, "execute", "/32003/0/2 Calibrate", "2.04 (the sensor now reads " + soil.getSoilMoisture() + " %)");
      require(summary.calibrations == 1, "Calibrate did not reach the sensor");

      // --- write the valve: a valid value, then one out of range ------------------------------
      valveRemote.setOpening(GOOD_OPENING);
      summary.openingAfterGoodWrite = valve.getOpening();
      step(out, "write", "/32002/0/1 Opening := " + GOOD_OPENING,
          "2.04 (the valve now opens to " + summary.openingAfterGoodWrite + " %)");
      require(summary.openingAfterGoodWrite == GOOD_OPENING, "the valve did not take the written opening");

      try {
        valveRemote.setOpening(BAD_OPENING);
        throw new SampleFailure("the remote sent an opening of " + BAD_OPENING);
      } catch (IllegalArgumentException e) {
        summary.remoteRejection = e.getMessage();
        step(out, "write", "/32002/0/1 Opening := " + BAD_OPENING,
            "not sent: IllegalArgumentException \"" + e.getMessage() + "\"");
      }
      // The device checks too: the same value as a raw Leshan request is refused there.
      WriteResponse bad =
          send(server, registration, new WriteRequest(IrrigationValveModel.ID, 0, IrrigationValveModel.OPENING, BAD_OPENING));
      summary.badWriteCode = bad.getCode().getCode();
      summary.badWriteMessage = bad.getErrorMessage();
      summary.openingAfterBadWrite = valve.getOpening();
      step(out, "write", "(raw) /32002/0/1 := " + BAD_OPENING,
          code(bad) + (summary.badWriteMessage == null ? "" : "  \"" + summary.badWriteMessage + "\"")
              + " (the valve still opens to " + summary.openingAfterBadWrite + " %)");
      requireCode(bad, 400, "write /32002/0/1 " + BAD_OPENING);
      require(summary.openingAfterBadWrite == GOOD_OPENING, "the rejected write changed the valve");

      // --- a checked Create: an invalid value creates nothing, a valid one every value --------
      CreateResponse invalidCreate = send(server, registration, new CreateRequest(SoilMoistureSensorModel.ID,
          LwM2mSingleResource.newStringResource(SoilMoistureSensorModel.LABEL, TOO_LONG_LABEL)));
      summary.invalidCreateCode = invalidCreate.getCode().getCode();
      summary.invalidCreateMessage = invalidCreate.getErrorMessage();
      try {
        SoilMoistureSensorRemote.of(server, registration, 1).withTimeout(timeout).read();
      } catch (RemoteRequestException e) {
        summary.createdNothing = e.code() == ResponseCode.NOT_FOUND;
      }
      step(out, "create", "/32003 Label := 40 bytes",
          code(invalidCreate) + "  \"" + summary.invalidCreateMessage + "\"");
      requireCode(invalidCreate, 400, "create /32003 with a 40-byte label");
      require(summary.createdNothing, "the rejected Create created an instance");

      CreateResponse created = send(server, registration, new CreateRequest(SoilMoistureSensorModel.ID,
          LwM2mSingleResource.newStringResource(SoilMoistureSensorModel.LABEL, CREATED_LABEL)));
      requireCode(created, 201, "create /32003");
      summary.createdLocation = created.getLocation();
      summary.createdLabel = SoilMoistureSensorRemote.of(server, registration, 1).withTimeout(timeout).getLabel();
      step(out, "create", "/32003 Label := \"" + CREATED_LABEL + "\"",
          code(created) + " " + summary.createdLocation + " (its remote reads label \"" + summary.createdLabel + "\")");
      require(CREATED_LABEL.equals(summary.createdLabel), "the created sensor lacks its label");

      // --- Write-Composite across two objects: checked before anything is written -----------
      WriteCompositeResponse invalidComposite = send(server, registration, new WriteCompositeRequest(ContentFormat.SENML_CBOR,
          Map.of("/32002/0/1", COMPOSITE_OPENING, "/32003/0/1", TOO_LONG_LABEL)));
      summary.invalidCompositeCode = invalidComposite.getCode().getCode();
      summary.invalidCompositeMessage = invalidComposite.getErrorMessage();
      summary.openingAfterInvalidComposite = valve.getOpening();
      step(out, "write", "/32002/0/1 + /32003/0/1",
          "composite " + code(invalidComposite) + "  \"" + summary.invalidCompositeMessage + "\" (the valve still opens to "
              + summary.openingAfterInvalidComposite + " %)");
      requireCode(invalidComposite, 400, "write-composite with a 40-byte label");
      require(summary.openingAfterInvalidComposite == GOOD_OPENING, "the rejected Write-Composite wrote the valve");

      WriteCompositeResponse composite = send(server, registration, new WriteCompositeRequest(ContentFormat.SENML_CBOR,
          Map.of("/32002/0/1", COMPOSITE_OPENING, "/32003/0/1", COMPOSITE_LABEL)));
      summary.compositeCode = composite.getCode().getCode();
      summary.openingAfterComposite = valve.getOpening();
      step(out, "write", "/32002/0/1 + /32003/0/1",
          "composite " + code(composite) + "  (opening " + summary.openingAfterComposite + " %, label \"" + soil.getLabel() + "\")");
      requireCode(composite, 204, "write-composite");
      require(summary.openingAfterComposite == COMPOSITE_OPENING, "the Write-Composite did not reach the valve");

      // --- execute on the probe ---------------------------------------------------------------
      probe.measure(FIRST_READING - 3); // a colder moment earlier on: lowest is now below the reading
      probe.measure(FIRST_READING);
      probeRemote.clearExtremes(Arguments.emptyArguments());
      summary.extremesCleared = probe.clears();
      step(out, "execute", "/32001/0/3 Clear Extremes",
          "2.04 (lowest..highest now " + probe.getLowestTemperature() + ".." + probe.getHighestTemperature() + " Cel)");
      require(summary.extremesCleared == 1, "Clear Extremes did not reach the probe");

      // --- observe the temperature, then let the device measure a new value -------------------
      BlockingQueue<Double> temperatures = new LinkedBlockingQueue<>();
      RemoteObservation observation = probeRemote.observe(TemperatureProbeModel.Resources.TEMPERATURE, temperatures::add);
      summary.observedValue = temperatures.poll(NOTIFICATION_WAIT_MS, TimeUnit.MILLISECONDS);
      step(out, "observe", "/32001/0/0 Temperature", summary.observedValue + " Cel (the current value, then every change)");
      require(Double.valueOf(FIRST_READING).equals(summary.observedValue), "the observation began with " + summary.observedValue);

      probe.measure(SECOND_READING);
      probeEnabler.changed(
          TemperatureProbeModel.TEMPERATURE,
          TemperatureProbeModel.LOWEST_TEMPERATURE,
          TemperatureProbeModel.HIGHEST_TEMPERATURE);
      long notifying = System.nanoTime();
      summary.notifiedValue = awaitValue(temperatures, SECOND_READING);
      observation.close();
      summary.observationCancelled = server.getObservationService().getObservations(registration).isEmpty();
      step(out, "notify", "/32001/0/0 Temperature",
          summary.notifiedValue + " Cel, " + millisSince(notifying) + " ms after the device measured it and called changed()"
              + (summary.observationCancelled ? "; observation closed" : ""));
      require(summary.observationCancelled, "the closed observation is still on the server");

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

  private static Object awaitValue(BlockingQueue<Double> values, double expected)
      throws SampleFailure, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(NOTIFICATION_WAIT_MS);
    Object last = null;
    while (true) {
      long left = deadline - System.nanoTime();
      Double v = left <= 0 ? null : values.poll(left, TimeUnit.NANOSECONDS);
      if (v == null) {
        throw new SampleFailure(
            "no notification carrying " + expected + " within " + NOTIFICATION_WAIT_MS + " ms (last: " + last + ")");
      }
      last = v;
      if (v == expected) {
        return v;
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
}
