package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.ChainVerification;
import org.reliefledger.ledger.entity.ChainVerifier;

/** Recomputes the hash chain from the stored rows: was anything changed behind our back? */
@Path("ledger/verify")
@RolesAllowed({"TREASURER", "AUDITOR"})
@Produces(MediaType.APPLICATION_JSON)
public class LedgerVerificationResource {

  /**
   * {@code {"valid": true, "entries": N, "head": hash}} or {@code {"valid": false,
   * "firstBrokenEntry": id, "reason": ..., "brokenCount": N, "brokenEntries": [{"id", "sequence",
   * "reason"}, ...]}} naming the first {@value ChainVerifier#MAX_REPORTED} broken entries; absent
   * fields are omitted.
   */
  public record VerificationJson(
      boolean valid,
      Long entries,
      String head,
      Long firstBrokenEntry,
      String reason,
      Long brokenCount,
      List<BrokenEntryJson> brokenEntries) {}

  public record BrokenEntryJson(Long id, long sequence, String reason) {}

  @Inject Ledger ledger;

  @GET
  public VerificationJson verify() {
    ChainVerification verdict = ledger.verify();
    if (verdict instanceof ChainVerification.Intact intact) {
      return new VerificationJson(true, intact.entries(), intact.head(), null, null, null, null);
    }
    var broken = (ChainVerification.Broken) verdict;
    return new VerificationJson(
        false,
        null,
        null,
        broken.firstBrokenEntryId(),
        broken.reason().name(),
        broken.count(),
        broken.breaks().stream()
            .map(b -> new BrokenEntryJson(b.entryId(), b.sequence(), b.reason().name()))
            .toList());
  }
}
