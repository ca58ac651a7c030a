package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.ChainVerification;

/** Recomputes the hash chain from the stored rows: was anything changed behind our back? */
@Path("ledger/verify")
@RolesAllowed({"TREASURER", "AUDITOR"})
@Produces(MediaType.APPLICATION_JSON)
public class LedgerVerificationResource {

  /**
   * {@code {"valid": true, "entries": N, "head": hash}} or {@code {"valid": false,
   * "firstBrokenEntry": id, "reason": ...}}; absent fields are omitted.
   */
  public record VerificationJson(
      boolean valid, Long entries, String head, Long firstBrokenEntry, String reason) {}

  @Inject Ledger ledger;

  @GET
  public VerificationJson verify() {
    ChainVerification verdict = ledger.verify();
    if (verdict instanceof ChainVerification.Intact intact) {
      return new VerificationJson(true, intact.entries(), intact.head(), null, null);
    }
    var broken = (ChainVerification.Broken) verdict;
    return new VerificationJson(
        false, null, null, broken.firstBrokenEntryId(), broken.reason().name());
  }
}
