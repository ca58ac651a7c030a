package org.reliefledger.web.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The JSON API under {@code /api/v1}. Authentication happens before any resource runs (see {@code
 * org.reliefledger.web.security}); {@code @RolesAllowed} on resources decides the rest.
 */
@ApplicationPath("/api/v1")
@DeclareRoles({"ADMIN", "TREASURER", "COMMITTEE", "INTAKE", "AUDITOR"})
public class ApiApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return settings();
  }

  /** {@code @RolesAllowed} enforced, error bodies written by our mappers alone, no WADL. */
  public static Map<String, Object> settings() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature",
        // Our exception mappers write every error body; the container must not add its own page.
        "jersey.config.server.response.setStatusOverSendError",
        true,
        // No /application.wadl: the contract is API.md, and the WADL maps every resource for
        // anyone.
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
