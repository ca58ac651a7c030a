package org.reliefledger.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A neighbourhood or district from the list the administrator keeps: the only values a case's area
 * may take, and the rows the reports group by.
 *
 * <p><b>Guarantees:</b> the code never changes once given, so cases and reports can refer to it;
 * the name is short, made of letters, digits and a little punctuation, and unique regardless of
 * letter case. A retired area stays valid for the cases that already have it but no new case may
 * choose it; retiring is final (add the area again under a new code to bring it back).
 */
@Entity
@Table(name = "area")
@NamedQuery(name = Area.ALL, query = "SELECT a FROM Area a ORDER BY a.nameKey")
public class Area {

  public static final String ALL = "Area.all";

  public static final int MAX_CODE_LENGTH = 20;
  public static final int MAX_NAME_LENGTH = 60;

  private static final Pattern CODE = Pattern.compile("[A-Z0-9](?:[A-Z0-9-]{0,18}[A-Z0-9])?");

  /** Letters, digits and a little punctuation, with at least one letter ("Zona 18", not "18"). */
  private static final Pattern NAME =
      Pattern.compile("(?=.*\\p{L})[\\p{L}\\p{N}][\\p{L}\\p{N} '’.\\-]*");

  @Id
  @Column(name = "code", nullable = false, updatable = false, length = MAX_CODE_LENGTH)
  private String code;

  @Column(name = "name", nullable = false, updatable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "name_key", nullable = false, updatable = false, length = MAX_NAME_LENGTH)
  private String nameKey;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "retired_at")
  private OffsetDateTime retiredAt;

  protected Area() {}

  private Area(String code, String name, String createdBy, Instant now) {
    this.code = code;
    this.name = name;
    this.nameKey = nameKey(name);
    this.createdBy = createdBy;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /**
   * A new area named {@code name}, under {@code code} or, when that is blank, a code made from the
   * name ("San José Norte" becomes {@code SAN-JOSE-NORTE}).
   *
   * @throws AreaRuleBroken naming the field whose rule is broken (never quoting the value)
   */
  public static Area add(String code, String name, String createdBy, Instant now) {
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(now, "now");
    String normalisedName = normaliseName(name);
    String normalisedCode =
        code == null || code.isBlank() ? codeFrom(normalisedName) : normaliseCode(code);
    if (!CODE.matcher(normalisedCode).matches()) {
      throw new AreaRuleBroken(
          "code",
          "an area code is 1 to "
              + MAX_CODE_LENGTH
              + " letters A-Z, digits or inner hyphens, e.g. NORTH-HILL");
    }
    return new Area(normalisedCode, normalisedName, createdBy, now);
  }

  /** The name as stored: trimmed, inner spaces collapsed, checked against the rules. */
  public static String normaliseName(String name) {
    if (name == null || name.isBlank()) {
      throw new AreaRuleBroken("name", "give the area's name");
    }
    String normalised = name.strip().replaceAll("\\s+", " ");
    if (normalised.length() > MAX_NAME_LENGTH || !NAME.matcher(normalised).matches()) {
      throw new AreaRuleBroken(
          "name",
          "an area's name is a neighbourhood or district, not an address: at most "
              + MAX_NAME_LENGTH
              + " letters, digits, spaces, apostrophes, periods or hyphens, with at least one"
              + " letter");
    }
    return normalised;
  }

  /** A code as given by a person, in the form codes are stored (upper case, no blanks around). */
  public static String normaliseCode(String code) {
    return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
  }

  /** What two names that differ only in letter case have in common. */
  public static String nameKey(String normalisedName) {
    return normalisedName.toLowerCase(Locale.ROOT);
  }

  static String codeFrom(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT)
            .replaceAll("[^A-Z0-9]+", "-");
    String trimmed = ascii.replaceAll("^-+|-+$", "");
    if (trimmed.length() > MAX_CODE_LENGTH) {
      trimmed = trimmed.substring(0, MAX_CODE_LENGTH).replaceAll("-+$", "");
    }
    return trimmed;
  }

  /** Takes the area off the list new cases choose from; retiring it again changes nothing. */
  public void retire(Instant now) {
    if (retiredAt == null) {
      retiredAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Instant retiredAt() {
    return retiredAt == null ? null : retiredAt.toInstant();
  }

  @Override
  public String toString() {
    return "Area[" + code + "]";
  }
}
