package org.reliefledger.disbursement.boundary;

import java.time.Instant;
import org.reliefledger.disbursement.entity.Payee;
import org.reliefledger.disbursement.entity.RequestStatus;
import org.reliefledger.ledger.entity.Money;
import org.reliefledger.ledger.entity.SpendingCategory;

/**
 * A request as the committee, the treasurer and intake see it, with the tally under its policy.
 * Carries the case's code only; the justification stays sealed.
 *
 * @param shortfall what the fund lacked when enough approvals were last in, or null
 * @param journalEntryId the entry that paid the request, or null
 */
public record RequestView(
    long id,
    String caseCode,
    SpendingCategory category,
    Money amount,
    String fundCode,
    Payee payee,
    RequestStatus status,
    int votesNeeded,
    int approvals,
    int rejections,
    int abstentions,
    int eligible,
    Instant openedAt,
    Instant deadline,
    int policyVersion,
    Money held,
    Money shortfall,
    Long journalEntryId) {}
