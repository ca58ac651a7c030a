package org.reliefledger.web.it.deployment;

import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Deploys the shared war when the first test class starts and undeploys it after the last.
 *
 * <p>Arquillian 1.10 (ContainerEventController) handles each class's BeforeClass with
 * GenerateDeployment, which sets a new class-scoped DeploymentScenario, then
 * DeployManagedDeployments; AfterClass brings UnDeployManagedDeployments. The Payara Micro adapter
 * starts a server process in {@code deploy} and kills it in {@code undeploy}. So: the first class
 * generates the scenario and later classes get the very same one (the same Deployment objects,
 * whose deployment context holds the server's address), deploying happens once, the per-class
 * undeploy is skipped, and AfterSuite (before the suite containers stop) undeploys.
 */
public class DeployOncePerSuite {

  private static final Logger LOG = Logger.getLogger(DeployOncePerSuite.class.getName());

  @Inject @ClassScoped private InstanceProducer<DeploymentScenario> classScenario;

  @Inject private Instance<ContainerRegistry> containers;

  @Inject private Event<DeploymentEvent> deploymentEvents;

  private DeploymentScenario shared;
  private String firstClass;
  private boolean deployed;
  private Throwable failure;
  private int classes;

  public void generate(@Observes EventContext<GenerateDeployment> context) {
    Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
    List<String> problems = ContainerTestRules.problems(testClass);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("\n", problems));
    }
    classes++;
    if (shared == null) {
      context.proceed();
      shared = classScenario.get();
      firstClass = testClass.getName();
    } else {
      classScenario.set(shared);
    }
  }

  public void deployOnce(@Observes EventContext<DeployManagedDeployments> context) {
    if (failure != null) {
      throw new IllegalStateException(
          "The shared deployment failed when " + firstClass + " started: see its error", failure);
    }
    if (deployed) {
      return;
    }
    deployed = true;
    LOG.info("Deploying the shared war once for all container test classes");
    try {
      context.proceed();
    } catch (Throwable e) {
      failure = e;
      throw e;
    }
  }

  /** Keeps the server for the next class: the suite's end undeploys. */
  public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> context) {}

  public void undeployAtSuiteEnd(@Observes(precedence = 100) AfterSuite event) {
    if (shared == null) {
      return;
    }
    LOG.info(() -> "Undeploying the shared war after " + classes + " container test classes");
    ContainerRegistry registry = containers.get();
    for (Deployment deployment : shared.deployedDeploymentsInUnDeployOrder()) {
      Container container = registry.getContainer(deployment.getDescription().getTarget());
      deploymentEvents.fire(new UnDeployDeployment(container, deployment));
    }
  }
}
