package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.reliefledger.cases.vault.boundary.SplitOutcome;
import org.reliefledger.cases.vault.boundary.VaultCommittee;

/**
 * Splitting the root key among committee holders (admins), and each holder taking their share once,
 * as text or as a printable sheet.
 */
@Path("vault/committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VaultCommitteeResource {

  /** k, the holders' user names, and (for a re-split) k shares of the current split. */
  public record SplitRequest(Integer threshold, List<String> holders, List<String> currentShares) {}

  @Inject VaultCommittee committee;

  @Context SecurityContext security;

  static Response notCommitteeMode() {
    return Responses.conflict(
        "not_committee_mode",
        "The server runs in key-file mode (RELIEF_VAULT_MODE=committee enables committee keys).",
        null);
  }

  @POST
  @Path("split")
  @RolesAllowed("ADMIN")
  public Response split(@NotNull(message = "a JSON body is required") SplitRequest request) {
    if (request.threshold() == null || request.holders() == null) {
      return Responses.error(400, "invalid", "threshold and holders are required.", "holders");
    }
    SplitOutcome outcome =
        committee.split(
            request.threshold(),
            request.holders(),
            request.currentShares() == null ? List.of() : request.currentShares());
    if (outcome instanceof SplitOutcome.NotCommitteeMode) {
      return notCommitteeMode();
    }
    if (outcome instanceof SplitOutcome.Invalid invalid) {
      return Responses.unprocessable("invalid_split", invalid.why(), "threshold");
    }
    if (outcome instanceof SplitOutcome.SharesRefused) {
      return Responses.unprocessable(
          "shares_refused",
          "A new split needs k shares of the current one; these do not open the vault.",
          "currentShares");
    }
    SplitOutcome.Split split = (SplitOutcome.Split) outcome;
    committee.finishPendingRotation();
    return Response.ok(Map.of("threshold", split.threshold(), "holders", split.holders())).build();
  }

  /** The caller's share, once: as text, or with {@code ?format=sheet} as a page to print. */
  @GET
  @Path("share")
  @RolesAllowed({"ADMIN", "COMMITTEE", "TREASURER", "INTAKE", "AUDITOR"})
  @Produces({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
  public Response share(@QueryParam("format") String format) {
    var share = committee.takeShare(VaultCaller.of(security));
    if (share.isEmpty()) {
      return Responses.error(
          410, "no_share", "There is no share waiting for you (each is handed out once).", null);
    }
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    boolean sheet = "sheet".equals(format);
    return Response.ok(
            sheet
                ? ShareSheet.html(share.get(), security.getUserPrincipal().getName())
                : share.get() + "\n")
        .type(sheet ? MediaType.TEXT_HTML_TYPE.withCharset("UTF-8") : MediaType.TEXT_PLAIN_TYPE)
        .cacheControl(noStore)
        .build();
  }
}
