package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.PolicyConfirmation;
import org.reliefledger.disbursement.boundary.ProposalView;

/**
 * Proposed voting-policy changes waiting for a second person, for administrators and the committee
 * (the only roles whose screens show them), and the button that confirms one.
 */
@Named
@RequestScoped
public class PolicyProposals {

  @Inject Disbursements disbursements;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private List<ProposalView> pending;

  public List<ProposalView> getPending() {
    if (pending == null) {
      pending = disbursements.pendingPolicies();
    }
    return pending;
  }

  /** Whether the signed-in person proposed {@code proposal} (and so may not confirm it). */
  public boolean isOwn(ProposalView proposal) {
    return proposal.proposedBy().equals(security.getCallerPrincipal().getName());
  }

  public String confirm(long id) {
    PolicyConfirmation outcome =
        disbursements.confirmPolicy(id, security.getCallerPrincipal().getName());
    if (outcome instanceof PolicyConfirmation.Confirmed confirmed) {
      Texts.done(faces, "proposals.confirmed", confirmed.policy().version());
      return faces.getViewRoot().getViewId() + "?faces-redirect=true";
    }
    if (outcome instanceof PolicyConfirmation.Unmeetable unmeetable) {
      Texts.error(
          faces,
          null,
          "policy.unmeetable",
          unmeetable.approvalsNeeded(),
          unmeetable.committeeMembers());
      return null;
    }
    Texts.error(
        faces,
        null,
        outcome instanceof PolicyConfirmation.OwnProposal ? "proposals.own" : "proposals.gone");
    return null;
  }
}
