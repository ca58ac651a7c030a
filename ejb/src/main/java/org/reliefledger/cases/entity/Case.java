package org.reliefledger.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A household that the fund helps, known only by its pseudonymous {@link CaseCode}.
 *
 * <p><b>Guarantees:</b> a case carries nothing that identifies the household: its code is random,
 * its size is a band, its area is one of the administrator's listed {@link Area areas} (never free
 * text, never a retired area at opening) and its languages are ISO 639 codes. The code never
 * changes once given. Personal details, if any, live sealed in the vault, keyed by this case's id;
 * nothing here refers to them.
 */
@Entity
@Table(name = "cases")
@NamedQuery(name = Case.BY_CODE, query = "SELECT c FROM Case c WHERE c.code = :code")
public class Case {

  public static final String BY_CODE = "Case.byCode";

  @Id
  @SequenceGenerator(name = "cases_seq", sequenceName = "cases_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cases_seq")
  private Long id;

  @Column(name = "code", nullable = false, unique = true, updatable = false, length = 6)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "household_size_band", nullable = false, length = 20)
  private HouseholdSizeBand householdSizeBand;

  /** The {@link Area#code() code} of the case's area. */
  @Column(name = "area", nullable = false, updatable = false, length = Area.MAX_CODE_LENGTH)
  private String area;

  @Column(name = "languages", nullable = false, length = 400)
  private String languages;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected Case() {}

  private Case(
      CaseCode code,
      HouseholdSizeBand band,
      Area area,
      Languages languages,
      String createdBy,
      Instant createdAt) {
    this.code = code.value();
    this.householdSizeBand = band;
    this.area = area.code();
    this.languages = languages.toColumn();
    this.createdBy = createdBy;
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  /**
   * Opens a case under a fresh code.
   *
   * @throws IllegalArgumentException when the area is retired
   */
  public static Case open(
      CaseCode code,
      HouseholdSizeBand band,
      Area area,
      Languages languages,
      String createdBy,
      Instant now) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(languages, "languages");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(area, "area");
    if (area.isRetired()) {
      throw new IllegalArgumentException("that area is retired: choose one from the list");
    }
    return new Case(code, band, area, languages, createdBy, now);
  }

  public Long id() {
    return id;
  }

  public CaseCode code() {
    return new CaseCode(code);
  }

  public HouseholdSizeBand householdSizeBand() {
    return householdSizeBand;
  }

  /** The code of the case's area. */
  public String areaCode() {
    return area;
  }

  public Languages languages() {
    return Languages.fromColumn(languages);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  @Override
  public String toString() {
    return "Case[" + code + "]";
  }
}
