package org.lwm2m.codegen.runtime;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.leshan.client.resource.BaseInstanceEnablerFactory;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnabler;
import org.eclipse.leshan.client.resource.LwM2mInstanceEnablerFactory;
import org.eclipse.leshan.client.resource.LwM2mObjectEnabler;
import org.eclipse.leshan.client.resource.ObjectsInitializer;
import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectModel;

/**
 * Leshan's {@link ObjectsInitializer}, used in exactly the same way, that serves every generated
 * object (one with a generated enabler among its instances, or {@code NEnabler.factory()} as its
 * factory) through a {@link CheckedObjectEnabler}: a server's Create with an invalid value answers
 * 4.00 and creates nothing. Other objects (Security, Server, Device...) get Leshan's own enabler.
 *
 * <pre>{@code
 * ObjectsInitializer objects = new CheckedObjectsInitializer(new StaticModel(models));
 * objects.setInstancesForObject(TemperatureModel.ID, TemperatureEnabler.inMemory(0));
 * objects.setFactoryForObject(TemperatureModel.ID, TemperatureEnabler.factory());
 * List<LwM2mObjectEnabler> enablers = objects.createAll();
 * }</pre>
 */
public class CheckedObjectsInitializer extends ObjectsInitializer {

  /** With Leshan's default models only. */
  public CheckedObjectsInitializer() {
    super();
  }

  public CheckedObjectsInitializer(LwM2mModel model) {
    super(model);
  }

  @Override
  protected LwM2mObjectEnabler createNodeEnabler(ObjectModel objectModel) {
    LwM2mInstanceEnabler[] given = createInstances(objectModel);
    if (!isGenerated(objectModel, given)) {
      return super.createNodeEnabler(objectModel);
    }
    // As Leshan's initializer does: IDs for instances without one, the model set on each.
    Map<Integer, LwM2mInstanceEnabler> byId = new HashMap<>();
    for (LwM2mInstanceEnabler instance : given) {
      if (instance.getId() == null) {
        instance.setId(BaseInstanceEnablerFactory.generateNewInstanceId(byId.keySet()));
      }
      instance.setModel(objectModel);
      if (byId.put(instance.getId(), instance) != null) {
        throw new IllegalArgumentException("two instances " + instance.getId() + " of object " + objectModel.id);
      }
    }
    return new CheckedObjectEnabler(
        objectModel.id, objectModel, byId, getFactoryFor(objectModel), getContentFormat(objectModel.id));
  }

  /**
   * {@code setClassForObject(ID, NEnabler.class)}: a generated enabler's class makes an {@link
   * EnablerFactory} (its public no-argument constructor), so the object counts as generated.
   */
  @Override
  protected LwM2mInstanceEnablerFactory getClassFactory(Class<? extends LwM2mInstanceEnabler> clazz) {
    if (!TypedInstanceEnabler.class.isAssignableFrom(clazz)) {
      return super.getClassFactory(clazz);
    }
    super.getClassFactory(clazz); // refuses a class without a public no-argument constructor, as Leshan does
    return new EnablerFactory(() -> {
      try {
        return clazz.getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot create an instance of " + clazz.getName(), e);
      }
    });
  }

  private boolean isGenerated(ObjectModel objectModel, LwM2mInstanceEnabler[] given) {
    if (factories.get(objectModel.id) instanceof EnablerFactory) {
      return true;
    }
    for (LwM2mInstanceEnabler instance : given) {
      if (instance instanceof TypedInstanceEnabler) {
        return true;
      }
    }
    return false;
  }
}
