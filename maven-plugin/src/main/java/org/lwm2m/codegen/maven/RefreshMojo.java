package org.lwm2m.codegen.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the next compilation regenerate the lwm2m-codegen bindings whose object XML (or other
 * input) changed since they were generated: it deletes the class file compiled from the annotated
 * package or type, which the compiler plugin then recompiles. Runs after the resources were copied
 * and before {@code compile}; quiet when nothing changed.
 */
@Mojo(name = "refresh", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public class RefreshMojo extends AbstractRefreshMojo {
  /** Where the compiler plugin puts generated sources (its {@code generatedSourcesDirectory}). */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/annotations")
  private File generatedSourcesDirectory;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  private File outputDirectory;

  @Parameter(defaultValue = "${project.resources}", readonly = true)
  private List<Resource> resources;

  @Override
  File generatedSourcesDirectory() {
    return generatedSourcesDirectory;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  List<Resource> resources() {
    return resources;
  }
}
