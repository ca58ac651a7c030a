package org.reliefledger.disbursement.boundary;

import org.reliefledger.disbursement.entity.VoteOutcome;

/** What became of a vote or recusal, and the request as it stands afterwards. */
public record VoteReceipt(VoteOutcome outcome, RequestView request) {}
