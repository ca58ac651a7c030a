package org.reliefledger.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive all container tests share: the real application war as Maven built it (so tests
 * see exactly what ships), plus every class of this package, so any test here can run inside the
 * server. {@code deployment.SharedDeployment} deploys it once per Failsafe run; IT classes declare
 * no {@code @Deployment} (see docs/testing.md).
 */
public final class ReliefDeployment {

  /** The administrator that first start creates in test runs (see arquillian.xml). */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "it-admin-password";

  private ReliefDeployment() {}

  public static WebArchive shared() {
    File built = new File(System.getProperty("relief.test.war", "target/ROOT.war"));
    WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, built);
    return war.setWebXML(new StringAsset(withTestRunnerPublic(war)))
        .addAsLibraries(jarOf(Assertions.class))
        .addPackage(ReliefDeployment.class.getPackage());
  }

  /** The jar a test library class was loaded from, to ship it with the in-container tests. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Arquillian runs in-container tests through its own servlet; the application's web.xml requires
   * a signed-in user everywhere but the listed public paths, so the test copy lists that servlet as
   * public too. Nothing else of the shipped web.xml changes.
   */
  private static String withTestRunnerPublic(WebArchive war) {
    try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String publicLogin = "<url-pattern>/login.xhtml</url-pattern>";
      if (!webXml.contains(publicLogin)) {
        throw new IllegalStateException("web.xml no longer lists the public login page");
      }
      return webXml.replace(
          publicLogin, publicLogin + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
