package org.reliefledger.cases.boundary;

import java.time.Instant;
import java.util.List;
import org.reliefledger.cases.entity.Case;
import org.reliefledger.cases.entity.HouseholdSizeBand;

/** A case as every role may see it: the code and coarse attributes, never personal details. */
public record CaseView(
    String code,
    HouseholdSizeBand householdSizeBand,
    String area,
    List<String> languages,
    Instant openedAt) {

  static CaseView of(Case c) {
    return new CaseView(
        c.code().value(), c.householdSizeBand(), c.area(), c.languages().names(), c.createdAt());
  }
}
