package org.reliefledger.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.boundary.PiiReadReason;
import org.reliefledger.cases.vault.boundary.PiiReading;
import org.reliefledger.cases.vault.boundary.ShredOutcome;
import org.reliefledger.cases.vault.boundary.Vault;

/**
 * The one screen that shows personal details: an assigned intake volunteer opens them for a stated
 * reason (the vault audits every read) or shreds them. The details live only in this request; the
 * page is never cached (see the security headers).
 */
@Named
@RequestScoped
public class CaseDetails {

  @Inject Vault vault;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private String code;
  private PiiReadReason reason;
  private PiiRecord revealed;
  private boolean confirmShred;

  @PostConstruct
  void readPageKey() {
    code = PageKey.text(faces, "code");
  }

  public PiiReadReason[] getReasons() {
    return PiiReadReason.values();
  }

  public String read() {
    if (!CaseCode.isWellFormed(code)) {
      Texts.error(faces, null, "intake.noSuchCase");
      return null;
    }
    PiiReading reading = vault.readPii(CaseCode.parse(code), Callers.of(security), reason);
    if (reading instanceof PiiReading.Revealed shown) {
      revealed = shown.pii();
    } else if (reading instanceof PiiReading.Gone) {
      Texts.error(faces, null, "pii.gone");
    } else if (reading instanceof PiiReading.Forbidden) {
      Texts.error(faces, null, "pii.forbidden");
    } else {
      Texts.error(faces, null, "intake.noSuchCase");
    }
    return null;
  }

  public String shred() {
    if (!confirmShred) {
      Texts.error(faces, "shred:confirm", "pii.confirmNeeded");
      return null;
    }
    ShredOutcome outcome =
        CaseCode.isWellFormed(code)
            ? vault.shred(CaseCode.parse(code), Callers.of(security))
            : new ShredOutcome.NoSuchCase();
    if (outcome instanceof ShredOutcome.Shredded) {
      Texts.done(faces, "pii.shredded", code);
      return "/intake/case.xhtml?faces-redirect=true&code=" + code;
    }
    Texts.error(
        faces,
        null,
        outcome instanceof ShredOutcome.Forbidden ? "pii.forbidden" : "intake.noSuchCase");
    return null;
  }

  /** The details just opened, or null: shown once, in the answer to the read. */
  public PiiRecord getRevealed() {
    return revealed;
  }

  public String getCode() {
    return code;
  }

  public PiiReadReason getReason() {
    return reason;
  }

  public void setReason(PiiReadReason reason) {
    this.reason = reason;
  }

  public boolean isConfirmShred() {
    return confirmShred;
  }

  public void setConfirmShred(boolean confirmShred) {
    this.confirmShred = confirmShred;
  }
}
