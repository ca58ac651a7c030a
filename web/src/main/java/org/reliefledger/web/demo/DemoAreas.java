package org.reliefledger.web.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.reliefledger.cases.boundary.Areas;

/**
 * The demo fund's areas, committed on their own: a case is stored in a transaction of its own
 * ({@code CaseInserts}), which must see its area already committed.
 */
@Stateless
public class DemoAreas {

  @Inject Areas areas;

  /** Lists the areas as an administrator would, one of them already retired. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void list() {
    for (String name : List.of("Eastside", "North Hill", "Riverside", "Downtown", "Old Market")) {
      areas.add(null, name, "demo-admin");
    }
    areas.retire("OLD-MARKET");
  }
}
