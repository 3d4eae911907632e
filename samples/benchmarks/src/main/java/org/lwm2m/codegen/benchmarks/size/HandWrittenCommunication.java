package org.lwm2m.codegen.benchmarks.size;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.leshan.client.resource.BaseInstanceEnabler;
import org.eclipse.leshan.client.servers.LwM2mServer;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.ResourceModel.Type;
import org.eclipse.leshan.core.node.LwM2mResource;
import org.eclipse.leshan.core.node.LwM2mResourceInstance;
import org.eclipse.leshan.core.response.ReadResponse;
import org.eclipse.leshan.core.response.WriteResponse;

/**
 * LPWAN Communication (3412) written by hand in the style of Leshan's demo client: a typed field
 * per resource, a switch per operation, multiple resources as maps that writes replace or update
 * (whole resource or one instance), setters for device code that fire the change. The baseline of
 * the size benchmark for the generated {@code CommunicationEnabler}.
 */
public class HandWrittenCommunication extends BaseInstanceEnabler {
  private static final List<Integer> SUPPORTED_RESOURCES =
      Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24);

  private String typeOfNetwork = "";
  private String macAddress = "";
  private long dataRate = 0;
  private double transmitPower = 0;
  private double frequency = 0;
  private Date sessionTime = new Date(0);
  private Date sessionDuration = new Date(0);
  private boolean meshNode = false;
  private long maximumRepeatTime = 0;
  private long numberOfRepeats = 0;
  private double signalToNoiseRatio = 0;
  private boolean communicationFailure = false;
  private double receivedSignalStrength = 0;
  private String imsi = "";
  private String imei = "";
  private String currentOperator = "";
  private String iccid = "";
  private final Map<Integer, String> ipv4Addresses = new TreeMap<>();
  private final Map<Integer, String> ipv6Addresses = new TreeMap<>();
  private final Map<Integer, String> networkAddresses = new TreeMap<>();
  private final Map<Integer, String> secondaryNetworkAddresses = new TreeMap<>();
  private final Map<Integer, String> peerAddresses = new TreeMap<>();
  private final Map<Integer, String> multicastGroupAddresses = new TreeMap<>();
  private final Map<Integer, String> multicastGroupKeys = new TreeMap<>();

  public HandWrittenCommunication() {}

  public HandWrittenCommunication(int id) {
    super(id);
  }

  @Override
  public synchronized ReadResponse read(LwM2mServer server, int resourceId) {
    switch (resourceId) {
      case 1:
        return ReadResponse.success(resourceId, typeOfNetwork);
      case 2:
        return ReadResponse.success(resourceId, ipv4Addresses, Type.STRING);
      case 3:
        return ReadResponse.success(resourceId, ipv6Addresses, Type.STRING);
      case 4:
        return ReadResponse.success(resourceId, networkAddresses, Type.STRING);
      case 5:
        return ReadResponse.success(resourceId, secondaryNetworkAddresses, Type.STRING);
      case 6:
        return ReadResponse.success(resourceId, macAddress);
      case 7:
        return ReadResponse.success(resourceId, peerAddresses, Type.STRING);
      case 8:
        return ReadResponse.success(resourceId, multicastGroupAddresses, Type.STRING);
      case 9:
        return ReadResponse.success(resourceId, multicastGroupKeys, Type.STRING);
      case 10:
        return ReadResponse.success(resourceId, dataRate);
      case 11:
        return ReadResponse.success(resourceId, transmitPower);
      case 12:
        return ReadResponse.success(resourceId, frequency);
      case 13:
        return ReadResponse.success(resourceId, sessionTime);
      case 14:
        return ReadResponse.success(resourceId, sessionDuration);
      case 15:
        return ReadResponse.success(resourceId, meshNode);
      case 16:
        return ReadResponse.success(resourceId, maximumRepeatTime);
      case 17:
        return ReadResponse.success(resourceId, numberOfRepeats);
      case 18:
        return ReadResponse.success(resourceId, signalToNoiseRatio);
      case 19:
        return ReadResponse.success(resourceId, communicationFailure);
      case 20:
        return ReadResponse.success(resourceId, receivedSignalStrength);
      case 21:
        return ReadResponse.success(resourceId, imsi);
      case 22:
        return ReadResponse.success(resourceId, imei);
      case 23:
        return ReadResponse.success(resourceId, currentOperator);
      case 24:
        return ReadResponse.success(resourceId, iccid);
      default:
        return super.read(server, resourceId);
    }
  }

  @Override
  public synchronized WriteResponse write(LwM2mServer server, boolean replace, int resourceId, LwM2mResource value) {
    switch (resourceId) {
      case 6:
        macAddress = (String) value.getValue();
        break;
      case 10:
        dataRate = (Long) value.getValue();
        break;
      case 12:
        frequency = (Double) value.getValue();
        break;
      case 13:
        sessionTime = (Date) value.getValue();
        break;
      case 15:
        meshNode = (Boolean) value.getValue();
        break;
      case 16:
        maximumRepeatTime = (Long) value.getValue();
        break;
      case 2:
      case 3:
      case 4:
      case 5:
      case 8:
      case 9:
        Map<Integer, String> values = writableMultiple(resourceId);
        if (replace) {
          values.clear();
        }
        for (LwM2mResourceInstance instance : value.getInstances().values()) {
          values.put(instance.getId(), (String) instance.getValue());
        }
        break;
      default:
        return super.write(server, replace, resourceId, value);
    }
    fireResourceChange(resourceId);
    return WriteResponse.success();
  }

  @Override
  public synchronized WriteResponse write(
      LwM2mServer server, boolean addIfAbsent, int resourceId, int instanceId, LwM2mResourceInstance value) {
    Map<Integer, String> values = writableMultiple(resourceId);
    if (values == null) {
      return super.write(server, addIfAbsent, resourceId, instanceId, value);
    }
    if (!addIfAbsent && !values.containsKey(instanceId)) {
      return WriteResponse.notFound();
    }
    values.put(instanceId, (String) value.getValue());
    fireResourceChange(resourceId);
    return WriteResponse.success();
  }

  /** The values of a writable multiple resource, or null. */
  private Map<Integer, String> writableMultiple(int resourceId) {
    switch (resourceId) {
      case 2:
        return ipv4Addresses;
      case 3:
        return ipv6Addresses;
      case 4:
        return networkAddresses;
      case 5:
        return secondaryNetworkAddresses;
      case 8:
        return multicastGroupAddresses;
      case 9:
        return multicastGroupKeys;
      default:
        return null;
    }
  }

  @Override
  public List<Integer> getAvailableResourceIds(ObjectModel model) {
    return SUPPORTED_RESOURCES;
  }

  // Device code reports its state with these.

  public synchronized void setTypeOfNetwork(String value) {
    typeOfNetwork = value;
    fireResourceChange(1);
  }

  public synchronized void setIpv4Addresses(Map<Integer, String> value) {
    ipv4Addresses.clear();
    ipv4Addresses.putAll(value);
    fireResourceChange(2);
  }

  public synchronized void setIpv6Addresses(Map<Integer, String> value) {
    ipv6Addresses.clear();
    ipv6Addresses.putAll(value);
    fireResourceChange(3);
  }

  public synchronized void setNetworkAddresses(Map<Integer, String> value) {
    networkAddresses.clear();
    networkAddresses.putAll(value);
    fireResourceChange(4);
  }

  public synchronized void setSecondaryNetworkAddresses(Map<Integer, String> value) {
    secondaryNetworkAddresses.clear();
    secondaryNetworkAddresses.putAll(value);
    fireResourceChange(5);
  }

  public synchronized void setMacAddress(String value) {
    macAddress = value;
    fireResourceChange(6);
  }

  public synchronized void setPeerAddresses(Map<Integer, String> value) {
    peerAddresses.clear();
    peerAddresses.putAll(value);
    fireResourceChange(7);
  }

  public synchronized void setMulticastGroupAddresses(Map<Integer, String> value) {
    multicastGroupAddresses.clear();
    multicastGroupAddresses.putAll(value);
    fireResourceChange(8);
  }

  public synchronized void setMulticastGroupKeys(Map<Integer, String> value) {
    multicastGroupKeys.clear();
    multicastGroupKeys.putAll(value);
    fireResourceChange(9);
  }

  public synchronized void setDataRate(long value) {
    dataRate = value;
    fireResourceChange(10);
  }

  public synchronized void setTransmitPower(double value) {
    transmitPower = value;
    fireResourceChange(11);
  }

  public synchronized void setFrequency(double value) {
    frequency = value;
    fireResourceChange(12);
  }

  public synchronized void setSessionTime(Date value) {
    sessionTime = value;
    fireResourceChange(13);
  }

  public synchronized void setSessionDuration(Date value) {
    sessionDuration = value;
    fireResourceChange(14);
  }

  public synchronized void setMeshNode(boolean value) {
    meshNode = value;
    fireResourceChange(15);
  }

  public synchronized void setMaximumRepeatTime(long value) {
    maximumRepeatTime = value;
    fireResourceChange(16);
  }

  public synchronized void setNumberOfRepeats(long value) {
    numberOfRepeats = value;
    fireResourceChange(17);
  }

  public synchronized void setSignalToNoiseRatio(double value) {
    signalToNoiseRatio = value;
    fireResourceChange(18);
  }

  public synchronized void setCommunicationFailure(boolean value) {
    communicationFailure = value;
    fireResourceChange(19);
  }

  public synchronized void setReceivedSignalStrength(double value) {
    receivedSignalStrength = value;
    fireResourceChange(20);
  }

  public synchronized void setImsi(String value) {
    imsi = value;
    fireResourceChange(21);
  }

  public synchronized void setImei(String value) {
    imei = value;
    fireResourceChange(22);
  }

  public synchronized void setCurrentOperator(String value) {
    currentOperator = value;
    fireResourceChange(23);
  }

  public synchronized void setIccid(String value) {
    iccid = value;
    fireResourceChange(24);
  }
}
