package org.lwm2m.codegen.maven;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The goal for main or test code: which folders to look in is all that differs. */
abstract class AbstractRefreshMojo extends AbstractMojo {
  /** Skips the check: an XML change then needs {@code mvn clean compile} again. */
  @Parameter(property = "lwm2m.refresh.skip", defaultValue = "false")
  private boolean skip;

  abstract File generatedSourcesDirectory();

  abstract File outputDirectory();

  abstract List<Resource> resources();

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().debug("lwm2m.refresh.skip is set");
      return;
    }
    List<ResourceCopies.Root> roots = new ArrayList<>();
    for (Resource resource : resources() == null ? List.<Resource>of() : resources()) {
      if (resource.getDirectory() != null) {
        roots.add(new ResourceCopies.Root(new File(resource.getDirectory()).toPath(), resource.getTargetPath()));
      }
    }
    Refresh refresh =
        new Refresh(generatedSourcesDirectory().toPath(), outputDirectory().toPath(), new ResourceCopies(outputDirectory().toPath(), roots));
    try {
      refresh.run(getLog()::info, getLog()::debug);
    } catch (IOException e) {
      throw new MojoExecutionException("lwm2m-codegen could not refresh stale bindings: " + e.getMessage(), e);
    }
  }
}
