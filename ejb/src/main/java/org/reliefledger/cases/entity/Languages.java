package org.reliefledger.cases.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages a household speaks, as ISO 639 codes ({@code es}, {@code ht}, {@code qu}), kept
 * without duplicates in the order given. The JDK's list is the authority: a two-letter code must be
 * one of {@link Locale#getISOLanguages()}; a three-letter code is turned into its two-letter code
 * when there is one ({@code spa} becomes {@code es}), and is otherwise accepted only when the JDK
 * knows the language's name ({@code yue}, Cantonese). Stored as one comma-separated column.
 */
public record Languages(List<String> codes) {

  public static final int MAX_COUNT = 8;

  private static final Pattern CODE_FORM = Pattern.compile("[a-z]{2,3}");
  private static final String SEPARATOR = ",";

  /** Every two-letter code, and the two-letter code of every three-letter one that has one. */
  private static final Map<String, String> TWO_LETTER_CODE_OF = twoLetterCodes();

  public Languages {
    codes = List.copyOf(codes);
  }

  /**
   * Normalises and validates codes sent by a person or a client; blank entries are dropped.
   *
   * @throws IllegalArgumentException naming the rule, never the value
   */
  public static Languages of(List<String> raw) {
    var distinct = new LinkedHashSet<String>();
    for (var entry : raw == null ? List.<String>of() : raw) {
      if (entry == null || entry.isBlank()) {
        continue;
      }
      distinct.add(
          canonical(entry)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "a language is an ISO 639 code such as es, en, ht, zh or qu")));
    }
    if (distinct.size() > MAX_COUNT) {
      throw new IllegalArgumentException("at most " + MAX_COUNT + " languages");
    }
    return new Languages(List.copyOf(distinct));
  }

  /** The code in the form it is stored, or empty when it is no ISO 639 code the JDK knows. */
  public static Optional<String> canonical(String code) {
    String lower = code.strip().toLowerCase(Locale.ROOT);
    if (!CODE_FORM.matcher(lower).matches()) {
      return Optional.empty();
    }
    String twoLetter = TWO_LETTER_CODE_OF.get(lower);
    if (twoLetter != null) {
      return Optional.of(twoLetter);
    }
    boolean named =
        lower.length() == 3
            && !Locale.forLanguageTag(lower).getDisplayLanguage(Locale.ENGLISH).equals(lower);
    return named ? Optional.of(lower) : Optional.empty();
  }

  /**
   * The language's name in {@code language} ("español" for {@code es} in Spanish), or its English
   * name when the JDK has none in that language.
   */
  public static String displayName(String code, Locale language) {
    Locale spoken = Locale.forLanguageTag(code);
    String name = spoken.getDisplayLanguage(language);
    return name.isEmpty() || name.equals(code) ? spoken.getDisplayLanguage(Locale.ENGLISH) : name;
  }

  /** The names of these languages in {@code language}, in order. */
  public List<String> displayNames(Locale language) {
    return codes.stream().map(code -> displayName(code, language)).toList();
  }

  static Languages fromColumn(String column) {
    if (column == null || column.isEmpty()) {
      return new Languages(List.of());
    }
    return new Languages(Arrays.asList(column.split(SEPARATOR)));
  }

  String toColumn() {
    return String.join(SEPARATOR, codes);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String listed : Locale.getISOLanguages()) {
      Locale language = Locale.forLanguageTag(listed);
      // The JDK lists the withdrawn iw, in and ji too; it names them he, id and yi.
      String current = language.getLanguage();
      codes.put(listed, current);
      codes.put(language.getISO3Language(), current);
    }
    return Map.copyOf(codes);
  }

  /** Every two-letter code the JDK lists, in its current form: what a form may offer. */
  public static Set<String> listed() {
    return Set.copyOf(TWO_LETTER_CODE_OF.values());
  }
}
