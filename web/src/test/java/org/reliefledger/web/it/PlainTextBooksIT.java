package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reliefledger.reports.plaintext.BookAccount;

/**
 * The plain-text books (#16 item 6) read by tools the application does not control: hledger's and
 * Beancount's balance of every account in every fund equals the trial balance to the cent, for the
 * whole journal of the run (every other test's entries included), with a memo made to break both
 * formats and a reversal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlainTextBooksIT {

  private static final String LAST_DAY = "2200-12-31";

  @ArquillianResource URL base;

  @Test
  void hledgerAndBeancountBalanceEveryAccountAsTheTrialBalanceDoes() throws Exception {
    PlainTextTools.assumeInstalled("hledger");
    PlainTextTools.assumeInstalled("bean-check");
    var admin = ApiClient.anonymous(base).asAdmin();
    String name = "books-" + UUID.randomUUID().toString().substring(0, 8);
    var treasurer = admin.newUser(name, "books-it-password", "TREASURER");
    var gift =
        treasurer.post(
            "journal-entries",
            "{\"date\":\"2026-03-05\",\"memo\":\"Gift; \\\"quoted\\\" \\\\ back\\nslash\","
                + "\"postings\":[{\"account\":\"1000\",\"fund\":\"GENERAL\",\"debit\":\"41.07\"},"
                + "{\"account\":\"4000\",\"fund\":\"GENERAL\",\"credit\":\"41.07\"}]}");
    assertThat(gift.status()).as(gift.toString()).isEqualTo(201);
    long giftId = gift.json().getJsonNumber("id").longValue();
    var reversal =
        treasurer.post(
            "journal-entries/" + giftId + "/reversal",
            "{\"date\":\"2026-03-06\",\"memo\":\"Entered twice\"}");
    assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);

    Map<String, Long> trialBalance =
        trialBalance(treasurer.get("reports/trial-balance?asOf=" + LAST_DAY).json());
    assertThat(trialBalance).isNotEmpty();

    Path work = Files.createTempDirectory(Path.of("target"), "it-books-");
    var hledger = treasurer.get("exports/hledger?to=" + LAST_DAY);
    assertThat(hledger.status()).isEqualTo(200);
    assertThat(hledger.text()).contains("entry:" + giftId).contains("reverses:" + giftId);
    Path journal = Files.write(work.resolve("books.journal"), hledger.body());
    assertThat(PlainTextTools.hledgerBalances(journal)).isEqualTo(trialBalance);

    var beancount = treasurer.get("exports/beancount?to=" + LAST_DAY);
    assertThat(beancount.status()).isEqualTo(200);
    Path books = Files.write(work.resolve("books.beancount"), beancount.body());
    PlainTextTools.beanCheck(books);
    assertThat(PlainTextTools.beancountBalances(books)).isEqualTo(trialBalance);

    assertThat(ApiClient.anonymous(base).asAdmin().get("exports/hledger").status())
        .as("the same roles as the general ledger")
        .isEqualTo(403);
    assertThat(treasurer.get("exports/beancount?to=1800-01-01").status()).isEqualTo(422);
  }

  /**
   * The trial balance's rows as signed cents (debit positive), keyed {@code code:fund} as the books
   * name them (other tests' funds have codes such as {@code 0.001}, which the books encode).
   */
  private static Map<String, Long> trialBalance(JsonObject report) {
    var balances = new HashMap<String, Long>();
    for (JsonObject row : report.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      long cents = cents(row.getString("debit")) - cents(row.getString("credit"));
      if (cents != 0) {
        balances.put(
            BookAccount.component(row.getString("account"))
                + ":"
                + BookAccount.component(row.getString("fund")),
            cents);
      }
    }
    return balances;
  }

  private static long cents(String amount) {
    return new BigDecimal(amount).movePointRight(2).longValueExact();
  }
}
