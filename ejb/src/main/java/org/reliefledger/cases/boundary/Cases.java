package org.reliefledger.cases.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.reliefledger.cases.control.CaseCodeTaken;
import org.reliefledger.cases.control.CaseInserts;
import org.reliefledger.cases.entity.Case;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.cases.entity.HouseholdSizeBand;
import org.reliefledger.cases.entity.Languages;
import org.reliefledger.cases.vault.PiiRecord;

/** Opening cases under fresh pseudonymous codes, and reading them without personal details. */
@Stateless
public class Cases {

  /** Codes tried before giving up; with 700,000 codes a second try is already rare. */
  static final int CODE_ATTEMPTS = 8;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger LOG = Logger.getLogger(Cases.class.getName());

  @PersistenceContext EntityManager em;

  @Inject CaseInserts inserts;

  /**
   * Opens a case under a code no other case has, with the personal details intake kept (sealed in
   * the same transaction, so a case never exists without the details it was opened with). A code
   * already in use is skipped, and losing a race for a fresh code to a simultaneous opening (the
   * unique constraint) is retried with another code.
   *
   * @throws jakarta.ejb.EJBException when the details cannot be sealed; nothing is stored then
   */
  public CaseOpening open(
      int householdSize, String area, List<String> languages, PiiRecord details, String openedBy) {
    HouseholdSizeBand band;
    Languages spoken;
    try {
      band = HouseholdSizeBand.of(householdSize);
    } catch (IllegalArgumentException outOfRange) {
      return new CaseOpening.Invalid("householdSize", outOfRange.getMessage());
    }
    try {
      spoken = Languages.of(languages);
    } catch (IllegalArgumentException badLanguage) {
      return new CaseOpening.Invalid("languages", badLanguage.getMessage());
    }
    for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      var code = CaseCode.random(RANDOM);
      if (find(code).isPresent()) {
        continue;
      }
      Case opened;
      try {
        opened = Case.open(code, band, area, spoken, openedBy, Instant.now());
      } catch (IllegalArgumentException badArea) {
        return new CaseOpening.Invalid("area", badArea.getMessage());
      }
      try {
        inserts.insert(opened, details);
        return new CaseOpening.Opened(CaseView.of(opened));
      } catch (CaseCodeTaken codeTakenMeanwhile) {
        LOG.fine("case code collision; retrying with a fresh code");
      }
    }
    throw new IllegalStateException("no free case code after " + CODE_ATTEMPTS + " attempts");
  }

  /** The case with this code, if any; a malformed code finds nothing. */
  public Optional<CaseView> byCode(String code) {
    if (!CaseCode.isWellFormed(code)) {
      return Optional.empty();
    }
    return find(CaseCode.parse(code)).map(CaseView::of);
  }

  /** The cases with {@code codes}, by code, in one query: for screens that list many requests. */
  public Map<String, CaseView> byCodes(Collection<String> codes) {
    List<String> wellFormed = codes.stream().filter(CaseCode::isWellFormed).distinct().toList();
    if (wellFormed.isEmpty()) {
      return Map.of();
    }
    return em.createQuery("SELECT c FROM Case c WHERE c.code IN :codes", Case.class)
        .setParameter("codes", wellFormed)
        .getResultStream()
        .map(CaseView::of)
        .collect(Collectors.toMap(CaseView::code, view -> view));
  }

  /** The cases {@code username} opened, newest first: an intake volunteer's own cases. */
  public List<CaseView> openedBy(String username, int limit) {
    return em.createQuery(
            "SELECT c FROM Case c WHERE c.createdBy = :user ORDER BY c.createdAt DESC", Case.class)
        .setParameter("user", username)
        .setMaxResults(limit)
        .getResultStream()
        .map(CaseView::of)
        .toList();
  }

  private Optional<Case> find(CaseCode code) {
    return em.createNamedQuery(Case.BY_CODE, Case.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }
}
