package org.reliefledger.cases.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.reliefledger.cases.entity.Case;
import org.reliefledger.cases.entity.HouseholdSizeBand;
import org.reliefledger.cases.entity.Languages;

/**
 * A case as every role may see it: the code and coarse attributes, never personal details. The area
 * is its listed code and name; the languages are ISO 639 codes.
 */
public record CaseView(
    String code,
    HouseholdSizeBand householdSizeBand,
    String areaCode,
    String areaName,
    List<String> languages,
    Instant openedAt) {

  /** The languages by name, in {@code language} (the screen's), in the order given. */
  public List<String> languageNames(Locale language) {
    return new Languages(languages).displayNames(language);
  }

  static CaseView of(Case c, String areaName) {
    return new CaseView(
        c.code().value(),
        c.householdSizeBand(),
        c.areaCode(),
        areaName,
        c.languages().codes(),
        c.createdAt());
  }
}
