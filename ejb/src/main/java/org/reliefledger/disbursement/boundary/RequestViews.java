package org.reliefledger.disbursement.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reliefledger.cases.entity.Case;
import org.reliefledger.disbursement.control.VotingPolicies;
import org.reliefledger.disbursement.entity.Committee;
import org.reliefledger.disbursement.entity.DisbursementRequest;
import org.reliefledger.ledger.entity.Fund;

/** Turns stored requests into views, with each tally counted under the request's own policy. */
@ApplicationScoped
public class RequestViews {

  @PersistenceContext EntityManager em;

  @Inject VotingPolicies policies;

  public RequestView of(DisbursementRequest request, Committee committee) {
    var tally = request.tally(policies.version(request.policyVersion()), committee);
    return new RequestView(
        request.id(),
        em.find(Case.class, request.caseId()).code().value(),
        request.category(),
        request.amount(),
        em.find(Fund.class, request.fundId()).code(),
        request.payee(),
        request.status(),
        tally.votesNeeded(),
        tally.approvals(),
        tally.rejections(),
        tally.abstentions(),
        tally.eligible(),
        request.openedAt(),
        request.deadline(),
        request.policyVersion(),
        request.held(),
        request.shortfall().orElse(null),
        request.journalEntryId().orElse(null));
  }
}
