package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reliefledger.cases.boundary.CaseView;
import org.reliefledger.cases.boundary.Cases;
import org.reliefledger.disbursement.boundary.CastVote;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.disbursement.entity.RequestStatus;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.FundView;
import org.reliefledger.ledger.entity.Money;

/**
 * What the committee decides on: open requests with what a member needs to judge them (the fund's
 * available money, the household's size band and area, the tally against the policy), and the
 * requests already decided. Never a name or an address.
 */
@Named
@RequestScoped
public class CommitteeRequests {

  static final int SHOWN = 200;

  @Inject Disbursements disbursements;

  @Inject Ledger ledger;

  @Inject Cases cases;

  @Inject SecurityContext security;

  private Map<String, Money> available;
  private List<RequestView> open;
  private Map<String, CaseView> households;

  /** Read once per request: Faces evaluates a list's value several times while rendering it. */
  public List<RequestView> getOpen() {
    if (open == null) {
      open = disbursements.list(Optional.of(RequestStatus.OPEN), SHOWN, 0);
    }
    return open;
  }

  public List<RequestView> getDecided() {
    return disbursements.list(Optional.empty(), SHOWN, 0).stream()
        .filter(r -> r.status() != RequestStatus.OPEN)
        .toList();
  }

  /** The signed-in member's own votes. */
  public List<CastVote> getMyVotes() {
    return disbursements.votesBy(security.getCallerPrincipal().getName(), SHOWN);
  }

  /** What the request's fund has left after what approved requests hold. */
  public Money available(String fundCode) {
    if (available == null) {
      available =
          ledger.funds().stream().collect(Collectors.toMap(FundView::code, FundView::available));
    }
    return available.get(fundCode);
  }

  /** The household of an open request's case; the open requests' cases are read in one query. */
  public CaseView household(String caseCode) {
    if (households == null) {
      households = cases.byCodes(getOpen().stream().map(RequestView::caseCode).toList());
    }
    return households.get(caseCode);
  }

  /** The household of one request's case, open or decided (the single-request page). */
  public CaseView householdOf(String caseCode) {
    return cases.byCode(caseCode).orElse(null);
  }
}
