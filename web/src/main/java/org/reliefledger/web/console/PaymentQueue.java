package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.disbursement.entity.RequestStatus;

/** Approved requests waiting for the treasurer to pay them. */
@Named
@RequestScoped
public class PaymentQueue {

  static final int SHOWN = 100;

  @Inject Disbursements disbursements;

  private List<RequestView> waiting;

  public List<RequestView> getWaiting() {
    if (waiting == null) {
      waiting = disbursements.list(Optional.of(RequestStatus.APPROVED), SHOWN, 0);
    }
    return waiting;
  }
}
