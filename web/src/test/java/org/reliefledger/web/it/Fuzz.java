package org.reliefledger.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hostile request bodies: fixed nasty cases, each field broken in turn, and random mutations. */
final class Fuzz {

  static final List<String> CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "application/json; charset=ISO-8859-1");

  static final List<String> QUERIES =
      List.of(
          "journal-entries?from=yesterday",
          "journal-entries?to=2026-13-45",
          "journal-entries?limit=99999999999999999999",
          "journal-entries?limit=-1&offset=-5",
          "journal-entries?offset=abc",
          "reports/trial-balance?asOf=%F0%9F%98%80",
          "reports/trial-balance?asOf=0000-00-00",
          "users?limit=1e3",
          "funds?limit=%00");

  private static final List<String> WHOLE_BODIES =
      List.of(
          "",
          "{",
          "}",
          "[]",
          "null",
          "42",
          "\"text\"",
          "{}",
          "{\"a\":}",
          "{\"date\":\"2026-01-01\",}",
          "\u0000\u0001\u0002",
          "{\"date\":\"2026-01-01\"} trailing",
          // An unknown property with a malformed value: JSON-B's skip of it used to spin for ever.
          "{\"unknown\":[}",
          "{\"unknown\":{]",
          "[".repeat(5_000) + "]".repeat(5_000),
          "{\"x\":" + "1".repeat(100_000) + "}");

  private static final List<JsonValue> FIELD_VALUES =
      List.of(
          JsonValue.NULL,
          JsonValue.TRUE,
          JsonValue.EMPTY_JSON_ARRAY,
          JsonValue.EMPTY_JSON_OBJECT,
          Json.createValue(-1),
          Json.createValue(1e308),
          Json.createValue(new java.math.BigDecimal("1e400")),
          Json.createValue("99999999999999999999999999999999.99"),
          Json.createValue("-0.01"),
          Json.createValue("0.001"),
          Json.createValue("NaN"),
          Json.createValue("2026-02-30"),
          Json.createValue("😀\u202eمرحبا\u0000\uFEFF"),
          Json.createValue("x".repeat(100_000)));

  private static final String SPECIALS = "{}[]\",:-.0e9\\ü\u0000";

  private Fuzz() {}

  /** The bodies to send for an endpoint whose valid body is {@code valid}. */
  static List<String> bodies(String valid, Random random) {
    var bodies = new ArrayList<>(WHOLE_BODIES);
    JsonObject object = Json.createReader(new StringReader(valid)).readObject();
    for (String field : object.keySet()) {
      bodies.add(Json.createObjectBuilder(object).remove(field).build().toString());
      for (JsonValue value : FIELD_VALUES) {
        bodies.add(Json.createObjectBuilder(object).add(field, value).build().toString());
      }
    }
    for (int i = 0; i < 30; i++) {
      bodies.add(mutate(valid, random));
    }
    return bodies;
  }

  /** A few random character deletions, insertions and duplications of {@code text}. */
  private static String mutate(String text, Random random) {
    var mutated = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && mutated.length() > 0; i++) {
      int at = random.nextInt(mutated.length());
      switch (random.nextInt(3)) {
        case 0 -> mutated.deleteCharAt(at);
        case 1 -> mutated.insert(at, SPECIALS.charAt(random.nextInt(SPECIALS.length())));
        default -> mutated.insert(at, mutated.charAt(random.nextInt(mutated.length())));
      }
    }
    return mutated.toString();
  }

  static String shorten(String input) {
    String oneLine = input.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "...";
  }
}
