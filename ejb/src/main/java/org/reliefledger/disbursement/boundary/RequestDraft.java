package org.reliefledger.disbursement.boundary;

import org.reliefledger.disbursement.entity.Payee;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/** What intake sends to open a request, with the case and the fund named by their codes. */
public record RequestDraft(
    String caseCode,
    SpendingCategory category,
    Money amount,
    String fundCode,
    Payee payee,
    String justification) {}
