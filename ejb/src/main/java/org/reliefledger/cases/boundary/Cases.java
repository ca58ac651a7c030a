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
import org.reliefledger.cases.entity.Area;
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
      int householdSize,
      String areaCode,
      List<String> languages,
      PiiRecord details,
      String openedBy) {
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
    Area area = areaCode == null ? null : em.find(Area.class, Area.normaliseCode(areaCode));
    if (area == null || area.isRetired()) {
      return new CaseOpening.Invalid(
          "area", "choose an open area from the list (GET /areas); retired areas are not offered");
    }
    for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      var code = CaseCode.random(RANDOM);
      if (find(code).isPresent()) {
        continue;
      }
      Case opened = Case.open(code, band, area, spoken, openedBy, Instant.now());
      try {
        inserts.insert(opened, details);
        return new CaseOpening.Opened(CaseView.of(opened, area.name()));
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
    return find(CaseCode.parse(code)).map(found -> views(List.of(found)).get(0));
  }

  /** The cases with {@code codes}, by code, in one query: for screens that list many requests. */
  public Map<String, CaseView> byCodes(Collection<String> codes) {
    List<String> wellFormed = codes.stream().filter(CaseCode::isWellFormed).distinct().toList();
    if (wellFormed.isEmpty()) {
      return Map.of();
    }
    return views(
            em.createQuery("SELECT c FROM Case c WHERE c.code IN :codes", Case.class)
                .setParameter("codes", wellFormed)
                .getResultList())
        .stream()
        .collect(Collectors.toMap(CaseView::code, view -> view));
  }

  /** The cases {@code username} opened, newest first: an intake volunteer's own cases. */
  public List<CaseView> openedBy(String username, int limit) {
    return views(
        em.createQuery(
                "SELECT c FROM Case c WHERE c.createdBy = :user ORDER BY c.createdAt DESC",
                Case.class)
            .setParameter("user", username)
            .setMaxResults(limit)
            .getResultList());
  }

  /** The cases as views, with their areas' names read in one query. */
  private List<CaseView> views(List<Case> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, String> areaNames =
        em.createQuery("SELECT a FROM Area a WHERE a.code IN :codes", Area.class)
            .setParameter("codes", found.stream().map(Case::areaCode).distinct().toList())
            .getResultStream()
            .collect(Collectors.toMap(Area::code, Area::name));
    return found.stream().map(c -> CaseView.of(c, areaNames.get(c.areaCode()))).toList();
  }

  private Optional<Case> find(CaseCode code) {
    return em.createNamedQuery(Case.BY_CODE, Case.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }
}
