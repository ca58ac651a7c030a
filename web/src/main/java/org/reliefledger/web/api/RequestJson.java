package org.reliefledger.web.api;

import jakarta.json.bind.annotation.JsonbProperty;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.ledger.entity.Money;

/**
 * A disbursement request as the API shows it: amounts as decimal strings, the case by its code.
 * {@code notice} explains, when there is something to explain, why a request with enough approvals
 * is still open.
 */
public record RequestJson(
    long id,
    @JsonbProperty("case") String caseCode,
    String category,
    String amount,
    String fund,
    String payee,
    String status,
    int votesNeeded,
    int approvals,
    int rejections,
    int abstentions,
    int eligible,
    String openedAt,
    String deadline,
    int policyVersion,
    String held,
    String shortfall,
    Long journalEntryId,
    String notice) {

  static RequestJson of(RequestView view) {
    return of(view, null);
  }

  static RequestJson of(RequestView view, String notice) {
    return new RequestJson(
        view.id(),
        view.caseCode(),
        view.category().name(),
        view.amount().toDecimalString(),
        view.fundCode(),
        view.payee().name(),
        view.status().name(),
        view.votesNeeded(),
        view.approvals(),
        view.rejections(),
        view.abstentions(),
        view.eligible(),
        view.openedAt().toString(),
        view.deadline().toString(),
        view.policyVersion(),
        view.held().toDecimalString(),
        decimal(view.shortfall()),
        view.journalEntryId(),
        notice);
  }

  private static String decimal(Money money) {
    return money == null ? null : money.toDecimalString();
  }
}
