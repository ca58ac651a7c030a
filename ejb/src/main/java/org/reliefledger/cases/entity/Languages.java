package org.reliefledger.cases.entity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The languages a household speaks, as short names or codes ("es", "Haitian Creole"), kept without
 * duplicates in the order given. Stored as one comma-separated column, so a name may not contain a
 * comma.
 */
public record Languages(List<String> names) {

  public static final int MAX_COUNT = 8;
  public static final int MAX_NAME_LENGTH = 40;

  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} '\\-]*");
  private static final String SEPARATOR = ",";

  public Languages {
    names = List.copyOf(names);
  }

  /** Normalises and validates names typed by a person; blank entries are dropped. */
  public static Languages of(List<String> raw) {
    var distinct = new LinkedHashSet<String>();
    for (var name : raw == null ? List.<String>of() : raw) {
      if (name == null || name.isBlank()) {
        continue;
      }
      var normalised = name.strip().replaceAll("\\s+", " ");
      if (normalised.length() > MAX_NAME_LENGTH || !NAME.matcher(normalised).matches()) {
        throw new IllegalArgumentException(
            "a language is letters, spaces, apostrophes or hyphens, at most "
                + MAX_NAME_LENGTH
                + " characters");
      }
      distinct.add(normalised.toLowerCase(Locale.ROOT));
    }
    if (distinct.size() > MAX_COUNT) {
      throw new IllegalArgumentException("at most " + MAX_COUNT + " languages");
    }
    return new Languages(List.copyOf(distinct));
  }

  static Languages fromColumn(String column) {
    if (column == null || column.isEmpty()) {
      return new Languages(List.of());
    }
    return new Languages(Arrays.asList(column.split(SEPARATOR)));
  }

  String toColumn() {
    return String.join(SEPARATOR, names);
  }
}
