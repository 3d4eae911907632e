package org.lwm2m.codegen.runtime;

import java.security.cert.Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.leshan.client.LeshanClient;
import org.eclipse.leshan.client.LeshanClientBuilder;
import org.eclipse.leshan.client.bootstrap.BootstrapConsistencyChecker;
import org.eclipse.leshan.client.endpoint.LwM2mClientEndpointsProvider;
import org.eclipse.leshan.client.engine.ClientEndpointNameProvider;
import org.eclipse.leshan.client.engine.RegistrationEngineFactory;
import org.eclipse.leshan.client.resource.LwM2mObjectEnabler;
import org.eclipse.leshan.client.resource.LwM2mObjectTree;
import org.eclipse.leshan.client.resource.LwM2mRootEnabler;
import org.eclipse.leshan.client.send.DataSender;
import org.eclipse.leshan.client.servers.ServersInfoExtractor;
import org.eclipse.leshan.client.util.LinkFormatHelper;
import org.eclipse.leshan.core.endpoint.EndPointUriHandler;
import org.eclipse.leshan.core.link.LinkSerializer;
import org.eclipse.leshan.core.link.lwm2m.attributes.LwM2mAttributeParser;
import org.eclipse.leshan.core.node.codec.LwM2mDecoder;
import org.eclipse.leshan.core.node.codec.LwM2mEncoder;

/**
 * Leshan's {@link LeshanClientBuilder}, used in exactly the same way, whose client serves
 * Write-Composite through a {@link CheckedRootEnabler}: every node of a generated object is
 * checked before any is written.
 */
public class CheckedLeshanClientBuilder extends LeshanClientBuilder {

  public CheckedLeshanClientBuilder(String endpoint) {
    super(endpoint);
  }

  @Override
  protected LeshanClient createLeshanClient(
      ClientEndpointNameProvider endpointNameProvider,
      List<? extends LwM2mObjectEnabler> objectEnablers,
      List<DataSender> dataSenders,
      List<Certificate> trustStore,
      RegistrationEngineFactory engineFactory,
      BootstrapConsistencyChecker checker,
      Map<String, String> additionalAttributes,
      Map<String, String> bsAdditionalAttributes,
      LwM2mEncoder encoder,
      LwM2mDecoder decoder,
      ScheduledExecutorService sharedExecutor,
      LinkSerializer linkSerializer,
      LinkFormatHelper linkFormatHelper,
      ServersInfoExtractor serversInfoExtractor,
      LwM2mAttributeParser attributeParser,
      EndPointUriHandler uriHandler,
      LwM2mClientEndpointsProvider endpointsProvider) {
    return new LeshanClient(
        endpointNameProvider, objectEnablers, dataSenders, trustStore, engineFactory, checker,
        additionalAttributes, bsAdditionalAttributes, encoder, decoder, sharedExecutor, linkSerializer,
        linkFormatHelper, serversInfoExtractor, attributeParser, uriHandler, endpointsProvider) {
      @Override
      protected LwM2mRootEnabler createRootEnabler(LwM2mObjectTree tree) {
        return new CheckedRootEnabler(tree);
      }
    };
  }
}
