package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reliefledger.platform.boundary.DatabaseBackups;

/** An administrator's backup of the embedded database, on demand (bin/relief-backup calls it). */
@Path("backups")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
public class BackupsResource {

  @Inject DatabaseBackups backups;

  @POST
  public Response write() {
    return backups
        .write()
        .map(
            backup ->
                Response.status(Response.Status.CREATED)
                    .entity(
                        Json.createObjectBuilder()
                            .add("file", backup.file().toString())
                            .add("bytes", backup.bytes())
                            .build()))
        .orElseGet(
            () ->
                Response.status(Response.Status.CONFLICT)
                    .entity(
                        ApiError.of(
                            "external_database",
                            "This instance runs on PostgreSQL: back it up with pg_dump"
                                + " (bin/relief-backup).")))
        .build();
  }
}
