package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PolicyAmendment;
import org.reliefledger.disbursement.boundary.PolicyView;
import org.reliefledger.disbursement.entity.PolicyTerms;
import org.reliefledger.ledger.entity.Money;

/**
 * The voting policy as it stands, and the form that proposes the next version (in force once a
 * second person confirms it). Requests already open keep the version they were opened under.
 */
@Named
@RequestScoped
public class PolicyForm {

  @Inject Disbursements disbursements;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private PolicyView current;
  private Money smallLimit;
  private int smallApprovals;
  private Money mediumLimit;
  private int mediumApprovals;
  private int deadlineHours;
  private Money caseCap;
  private int capWindowDays;

  /** Fills the form with the current terms when it is first shown. */
  public void load() {
    if (faces.isPostback()) {
      return;
    }
    PolicyTerms terms = getCurrent().terms();
    smallLimit = terms.smallLimit();
    smallApprovals = terms.smallApprovals();
    mediumLimit = terms.mediumLimit();
    mediumApprovals = terms.mediumApprovals();
    deadlineHours = terms.deadlineHours();
    caseCap = terms.caseCap();
    capWindowDays = terms.capWindowDays();
  }

  public PolicyView getCurrent() {
    if (current == null) {
      current = disbursements.policy();
    }
    return current;
  }

  public String propose() {
    var terms =
        new PolicyTerms(
            smallLimit,
            smallApprovals,
            mediumLimit,
            mediumApprovals,
            deadlineHours,
            caseCap,
            capWindowDays);
    PolicyAmendment outcome =
        disbursements.proposePolicy(terms, security.getCallerPrincipal().getName());
    if (outcome instanceof PolicyAmendment.Proposed proposed) {
      Texts.done(faces, "policy.proposed", proposed.proposal().id());
      return "/admin/policy.xhtml?faces-redirect=true";
    }
    if (outcome instanceof PolicyAmendment.Unmeetable unmeetable) {
      Texts.error(
          faces,
          "policy:mediumApprovals",
          "policy.unmeetable",
          unmeetable.approvalsNeeded(),
          unmeetable.committeeMembers());
      return null;
    }
    // The terms disagree with each other; the medium ones are what the sentence asks to change.
    Texts.error(faces, "policy:mediumLimit", "policy.invalid");
    return null;
  }

  public Money getSmallLimit() {
    return smallLimit;
  }

  public void setSmallLimit(Money smallLimit) {
    this.smallLimit = smallLimit;
  }

  public int getSmallApprovals() {
    return smallApprovals;
  }

  public void setSmallApprovals(int smallApprovals) {
    this.smallApprovals = smallApprovals;
  }

  public Money getMediumLimit() {
    return mediumLimit;
  }

  public void setMediumLimit(Money mediumLimit) {
    this.mediumLimit = mediumLimit;
  }

  public int getMediumApprovals() {
    return mediumApprovals;
  }

  public void setMediumApprovals(int mediumApprovals) {
    this.mediumApprovals = mediumApprovals;
  }

  public int getDeadlineHours() {
    return deadlineHours;
  }

  public void setDeadlineHours(int deadlineHours) {
    this.deadlineHours = deadlineHours;
  }

  public Money getCaseCap() {
    return caseCap;
  }

  public void setCaseCap(Money caseCap) {
    this.caseCap = caseCap;
  }

  public int getCapWindowDays() {
    return capWindowDays;
  }

  public void setCapWindowDays(int capWindowDays) {
    this.capWindowDays = capWindowDays;
  }
}
