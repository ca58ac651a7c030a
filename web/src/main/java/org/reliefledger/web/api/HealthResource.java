package org.reliefledger.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.reliefledger.platform.boundary.Health;

/** Liveness for load balancers and the newcomer's first check; needs no credentials. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject Health health;

  @GET
  public Response health() {
    boolean databaseUp = health.databaseUp();
    String state = databaseUp ? "UP" : "DOWN";
    return Response.status(databaseUp ? 200 : 503)
        .entity(Map.of("status", state, "database", state))
        .build();
  }
}
