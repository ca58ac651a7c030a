package org.reliefledger.web.it.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails {@code mvn test}, long before any server starts, when a container test class is written the
 * old way (its own {@code @Deployment}) or lives where the shared war does not reach.
 */
class ContainerTestRulesTest {

  @Test
  void everyContainerTestClassFitsTheSharedDeployment() throws ClassNotFoundException {
    List<Class<?>> containerTests = containerTestClasses();
    assertThat(containerTests).isNotEmpty();
    for (Class<?> testClass : containerTests) {
      assertThat(ContainerTestRules.problems(testClass)).as(testClass.getName()).isEmpty();
    }
  }

  @Test
  void aClassWithItsOwnDeploymentIsToldWhatToDo() {
    assertThat(ContainerTestRules.problems(OldStyleIT.class))
        .anySatisfy(
            problem ->
                assertThat(problem)
                    .contains("declares @Deployment deployment()")
                    .contains("Delete the @Deployment method"))
        .anySatisfy(problem -> assertThat(problem).contains("Move it there"));
  }

  private static List<Class<?>> containerTestClasses() throws ClassNotFoundException {
    var found = new ArrayList<Class<?>>();
    for (JavaClass type : new ClassFileImporter().importPackages("org.reliefledger.web")) {
      boolean arquillian =
          type.tryGetAnnotationOfType(ExtendWith.class)
              .map(extend -> List.of(extend.value()).contains(ArquillianExtension.class))
              .orElse(false);
      if (arquillian) {
        found.add(
            Class.forName(type.getName(), false, ContainerTestRulesTest.class.getClassLoader()));
      }
    }
    return found;
  }

  /** Written the old way, outside the shared package: both mistakes must be named. */
  static class OldStyleIT {
    @Deployment
    static WebArchive deployment() {
      throw new UnsupportedOperationException("never deployed");
    }
  }
}
