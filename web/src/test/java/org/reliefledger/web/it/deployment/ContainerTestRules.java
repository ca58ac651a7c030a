package org.reliefledger.web.it.deployment;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.reliefledger.web.it.ReliefDeployment;

/**
 * What a container test class must look like now that all of them share one deployment. Checked
 * when Arquillian meets the class and, faster, by {@code ContainerTestRulesTest} in {@code mvn
 * test}, so a class written the old way fails loudly with what to do instead of being silently
 * deployed without its own archive.
 */
public final class ContainerTestRules {

  /** The only package the shared war holds test classes of. */
  public static final String PACKAGE = ReliefDeployment.class.getPackageName();

  private ContainerTestRules() {}

  /** What is wrong with a container test class, empty when nothing is. */
  public static List<String> problems(Class<?> testClass) {
    var problems = new ArrayList<String>();
    for (Class<?> type = testClass; type != null; type = type.getSuperclass()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Deployment.class)) {
          problems.add(
              testClass.getName()
                  + " declares @Deployment "
                  + method.getName()
                  + "(): container tests share one deployment now (ReliefDeployment.shared(),"
                  + " every class of "
                  + PACKAGE
                  + " included). Delete the @Deployment method and make the tests tolerate other"
                  + " classes' data (unique names, their own funds). See docs/testing.md.");
        }
      }
    }
    if (!testClass.getPackageName().equals(PACKAGE)) {
      problems.add(
          testClass.getName()
              + " is a container test outside "
              + PACKAGE
              + ": only that package is in the shared war. Move it there. See docs/testing.md.");
    }
    return problems;
  }
}
