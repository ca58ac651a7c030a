package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Set;
import org.reliefledger.cases.vault.boundary.Caller;
import org.reliefledger.cases.vault.boundary.LockdownOutcome;
import org.reliefledger.cases.vault.boundary.UnsealOutcome;
import org.reliefledger.cases.vault.boundary.VaultCommittee;
import org.reliefledger.cases.vault.boundary.VaultStatus;

/** The vault screen: whether it is sealed, entering a key share, and the lockdown. */
@Named
@RequestScoped
public class VaultDesk {

  private static final String SELF = "/vault.xhtml?faces-redirect=true";

  @Inject VaultCommittee committee;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private VaultStatus status;
  private String share;
  private String confirmation;

  public VaultStatus getStatus() {
    if (status == null) {
      status = committee.status();
    }
    return status;
  }

  /** For the banner on every screen: committee mode and sealed. */
  public boolean isSealed() {
    return committee.isSealedInCommitteeMode();
  }

  public boolean isMayLockDown() {
    return security.isCallerInRole("ADMIN") || security.isCallerInRole("COMMITTEE");
  }

  public String enter() {
    UnsealOutcome outcome = committee.unseal(share == null ? "" : share);
    if (outcome instanceof UnsealOutcome.Accepted accepted) {
      Texts.done(faces, "vault.accepted", accepted.entered(), accepted.needed());
      return SELF;
    }
    if (outcome instanceof UnsealOutcome.Unsealed) {
      committee.finishPendingRotation();
      Texts.done(faces, "vault.unsealed");
      return SELF;
    }
    if (outcome instanceof UnsealOutcome.Refused) {
      Texts.error(
          faces, null, "vault.refused"); // shown on this page: errors do not survive a redirect
      return null;
    }
    Texts.error(
        faces,
        "unseal:share",
        outcome instanceof UnsealOutcome.NotAShare ? "vault.notAShare" : "vault.notCommitteeMode");
    return null;
  }

  public String lockDown() {
    String name = security.getCallerPrincipal().getName();
    LockdownOutcome outcome = committee.lockDown(confirmation, new Caller(name, Set.of()));
    if (outcome instanceof LockdownOutcome.NotConfirmed) {
      Texts.error(
          faces, "lockdown:confirmation", "vault.confirmFirst", VaultCommittee.LOCKDOWN_PHRASE);
      return null;
    }
    if (outcome instanceof LockdownOutcome.NotCommitteeMode) {
      Texts.error(faces, null, "vault.notCommitteeMode");
      return null;
    }
    // the next request of this session, like every other one, finds it signed out
    return SELF;
  }

  public String getShare() {
    return share;
  }

  public void setShare(String share) {
    this.share = share;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }

  public String getPhrase() {
    return VaultCommittee.LOCKDOWN_PHRASE;
  }
}
