package org.reliefledger.disbursement.boundary;

import java.time.Instant;
import org.reliefledger.disbursement.entity.Decision;

/** A member's live vote on a request, with the request as it stands now. */
public record CastVote(RequestView request, Decision decision, Instant castAt) {}
