package org.reliefledger.web.it.deployment;

import org.jboss.arquillian.container.test.impl.client.deployment.AnnotationDeploymentScenarioGenerator;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Every container test class shares one deployment, so a Failsafe run starts Payara Micro once per
 * database instead of once per class (the Micro adapter starts a process per deployment).
 * Registered in META-INF/services; IT classes declare no {@code @Deployment} (see docs/testing.md).
 */
public class SharedDeployment implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder
        .override(
            DeploymentScenarioGenerator.class,
            AnnotationDeploymentScenarioGenerator.class,
            SharedScenario.class)
        .observer(DeployOncePerSuite.class);
  }
}
