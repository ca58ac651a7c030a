package org.reliefledger.cases.vault.entity;

import java.util.Objects;
import java.util.Set;
import org.reliefledger.disbursement.entity.RequestStatus;

/**
 * Who may write and read a request's payment instructions, and when. Intake users assigned to the
 * case write them while the request may still be paid (open or approved). Only the treasurer reads
 * them, and only while the request is approved: before that nobody needs to pay it, after payment
 * or cancellation they are deleted. The committee never reads them: deciding does not need the
 * payee's name.
 *
 * @param status the request's status
 * @param caseAccess who may touch the case's personal data
 */
public record InstructionsAccess(RequestStatus status, PiiAccess caseAccess) {

  public static final String TREASURER = "TREASURER";

  public InstructionsAccess {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(caseAccess, "caseAccess");
  }

  public boolean mayWrite(String username, Set<String> roles) {
    return caseAccess.mayRead(username, roles);
  }

  public boolean stillPayable() {
    return status == RequestStatus.OPEN || status == RequestStatus.APPROVED;
  }

  public static boolean mayRead(Set<String> roles) {
    return roles.contains(TREASURER);
  }

  /** Paid or cancelled: the instructions were deleted and will not come back. */
  public boolean settled() {
    return status == RequestStatus.PAID || status == RequestStatus.CANCELLED;
  }

  public boolean readable() {
    return status == RequestStatus.APPROVED;
  }
}
