package org.lwm2m.codegen.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code refresh} for test code: bindings generated while compiling tests (object XML in {@code
 * src/test/resources}). Runs after the test resources were copied and before {@code test-compile}.
 */
@Mojo(name = "refresh-tests", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES, threadSafe = true)
public class RefreshTestsMojo extends AbstractRefreshMojo {
  /** Where the compiler plugin puts generated test sources (its {@code generatedTestSourcesDirectory}). */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/test-annotations")
  private File generatedTestSourcesDirectory;

  @Parameter(defaultValue = "${project.build.testOutputDirectory}", readonly = true)
  private File testOutputDirectory;

  @Parameter(defaultValue = "${project.testResources}", readonly = true)
  private List<Resource> testResources;

  @Override
  File generatedSourcesDirectory() {
    return generatedTestSourcesDirectory;
  }

  @Override
  File outputDirectory() {
    return testOutputDirectory;
  }

  @Override
  List<Resource> resources() {
    return testResources;
  }
}
