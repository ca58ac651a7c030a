/**
 * Disbursements: requests to pay money out of a fund for a case, the committee's vote on them under
 * a versioned {@link org.reliefledger.disbursement.entity.VotingPolicy}, the hold that an approval
 * places on the fund, and the payment or cancellation that ends it. No money leaves a fund without
 * an approved request; votes refer to the request only, never to case details.
 */
package org.reliefledger.disbursement;
