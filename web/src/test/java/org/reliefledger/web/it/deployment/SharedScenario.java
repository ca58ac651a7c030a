package org.reliefledger.web.it.deployment;

import java.util.List;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.test.spi.client.deployment.DeploymentScenarioGenerator;
import org.jboss.arquillian.test.spi.TestClass;
import org.reliefledger.web.it.ReliefDeployment;

/** Gives every test class the one shared war, in place of reading its {@code @Deployment}. */
public class SharedScenario implements DeploymentScenarioGenerator {

  static final String NAME = "relief-shared";

  @Override
  public List<DeploymentDescription> generate(TestClass testClass) {
    var war = new DeploymentDescription(NAME, ReliefDeployment.shared());
    war.shouldBeTestable(true);
    war.shouldBeManaged(true);
    return List.of(war);
  }
}
