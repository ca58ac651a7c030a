package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.ChainVerification;

/**
 * The ledger's hash chain recomputed from the stored rows, once per request, for the screens that
 * show it (the treasurer's dashboard, the auditor's trail).
 */
@Named
@RequestScoped
public class ChainCheck {

  @Inject Ledger ledger;

  private ChainVerification verification;

  public boolean isIntact() {
    return verification() instanceof ChainVerification.Intact;
  }

  public long getEntries() {
    return verification() instanceof ChainVerification.Intact intact ? intact.entries() : 0;
  }

  public String getHead() {
    return verification() instanceof ChainVerification.Intact intact ? intact.head() : "";
  }

  public Long getFirstBrokenEntry() {
    return verification() instanceof ChainVerification.Broken broken
        ? broken.firstBrokenEntryId()
        : null;
  }

  private ChainVerification verification() {
    if (verification == null) {
      verification = ledger.verify();
    }
    return verification;
  }
}
