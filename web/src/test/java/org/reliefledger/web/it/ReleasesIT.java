package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Published statistics end to end: payments through the API in January of a random past year (a
 * month must be over to be published, and nothing else uses these years), a reversal in February,
 * then the treasurer publishes and anyone with report access downloads only what was published.
 */
@ExtendWith(ArquillianExtension.class)
class ReleasesIT {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int RENT_HOUSEHOLDS = 2;
  private static final int RENT_AMOUNT = 3;

  @ArquillianResource URL base;

  @Test
  @RunAsClient
  void aPublishedMonthIsProtectedOnceAndNeverRewritten() throws IOException {
    Team team = Team.create(ApiClient.anonymous(base));
    int year = ThreadLocalRandom.current().nextInt(1901, 2020);
    YearMonth january = YearMonth.of(year, 1);
    YearMonth february = YearMonth.of(year, 2);
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    String northgate = "Northgate " + tag;
    String southmoor = "Southmoor " + tag;
    String north = team.admin.area("NG-" + tag, northgate);
    String south = team.admin.area("SM-" + tag, southmoor);
    var gift =
        team.treasurer.post(
            "donations",
            "{\"date\":\""
                + january.atDay(2)
                + "\",\"amount\":\"5000.00\",\"fund\":\"GENERAL\","
                + "\"depositAccount\":\"1000\",\"method\":\"CHECK\"}");
    assertThat(gift.status()).as(gift.toString()).isEqualTo(201);
    List<String> codes = new ArrayList<>();
    List<Long> rentPayments = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      rentPayments.add(paid(team, openCase(team, north, codes), "RENT", "100.00", january));
    }
    // Three small groups, so that a complement exists and the large one can be shown beside the
    // grand total (with a single small group, total minus the large cell would give it away).
    paid(team, openCase(team, north, codes), "FOOD", "40.00", january);
    paid(team, openCase(team, south, codes), "FOOD", "45.00", january);
    paid(team, openCase(team, south, codes), "UTILITIES", "60.00", january);
    var reversal =
        team.treasurer.post(
            "journal-entries/" + rentPayments.get(0) + "/reversal",
            "{\"date\":\"" + february.atDay(10) + "\",\"memo\":\"paid twice\"}");
    assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);

    // Nothing is public before it is published, and only the treasurer publishes.
    assertError(team.auditor.get("reports/transparency?month=" + january), 409, "month");
    assertThat(team.auditor.post("releases/" + january, "").status()).isEqualTo(403);
    assertError(team.treasurer.post("releases/2199-01", ""), 409, "month");

    var published = team.treasurer.post("releases/" + january, "");
    assertThat(published.status()).as(published.toString()).isEqualTo(201);
    assertThat(published.text()).contains("\"" + january + "\"");
    assertError(team.treasurer.post("releases/" + january, ""), 409, "month");
    byte[] januaryBefore = download(team, "month=" + january);

    try (Workbook workbook = workbook(januaryBefore)) {
      Sheet table = workbook.getSheet("Disbursements");
      Row northRow = row(table, northgate);
      assertThat(northRow.getCell(RENT_HOUSEHOLDS).getNumericCellValue()).isEqualTo(5);
      assertThat(northRow.getCell(RENT_AMOUNT).getNumericCellValue()).isEqualTo(500.00);
      row(table, "Other areas");
      assertNoSmallGroupShown(table);
    }
    String text = XlsxText.of(januaryBefore);
    assertThat(text).doesNotContain(southmoor, north, south);
    codes.forEach(code -> assertThat(text).doesNotContain(code));

    // February publishes the reversal in February; January, downloaded again, is unchanged.
    assertThat(team.treasurer.post("releases/" + february, "").status()).isEqualTo(201);
    assertThat(team.auditor.get("releases").text())
        .contains(january.toString(), february.toString());
    assertThat(cells(download(team, "month=" + january))).isEqualTo(cells(januaryBefore));
    try (Workbook workbook = workbook(download(team, "month=" + february))) {
      Sheet table = workbook.getSheet("Disbursements");
      assertThat(row(table, northgate).getCell(RENT_AMOUNT).getStringCellValue())
          .as("one household's reversal is a small group")
          .isEqualTo("*");
      assertNoSmallGroupShown(table);
    }
    assertError(team.auditor.get("reports/transparency?quarter=" + year + "-Q1"), 409, "quarter");
    assertError(team.auditor.get("reports/transparency?quarter=" + year + "-Q5"), 422, "quarter");
    assertError(
        team.auditor.get("reports/transparency?month=" + january + "&year=" + year), 422, "month");
  }

  private static String openCase(Team team, String area, List<String> codes) {
    var reply =
        team.intake.post(
            "cases", "{\"householdSize\":2,\"area\":\"" + area + "\",\"languages\":[\"es\"]}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    String code = reply.json().getString("code");
    codes.add(code);
    return code;
  }

  /** Opens, approves and pays a request dated on the 20th of {@code month}; the paying entry. */
  private static long paid(
      Team team, String code, String category, String amount, YearMonth month) {
    var opened =
        team.intake.post(
            "disbursement-requests",
            "{\"case\":\""
                + code
                + "\",\"category\":\""
                + category
                + "\",\"amount\":\""
                + amount
                + "\",\"fund\":\"GENERAL\",\"payee\":\"LANDLORD\",\"justification\":\"rent\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long request = opened.json().getJsonNumber("id").longValue();
    for (ApiClient member : List.of(team.committee1, team.committee2, team.committee3)) {
      var vote =
          member.post("disbursement-requests/" + request + "/votes", "{\"decision\":\"APPROVE\"}");
      assertThat(vote.status()).as(vote.toString()).isIn(200, 409);
    }
    var payment =
        team.treasurer.post(
            "disbursement-requests/" + request + "/payment",
            "{\"date\":\"" + month.atDay(20) + "\",\"fromAccount\":\"1000\",\"reference\":\"r\"}");
    assertThat(payment.status()).as(payment.toString()).isEqualTo(201);
    return payment.json().getJsonNumber("journalEntryId").longValue();
  }

  private static byte[] download(Team team, String period) {
    var reply = team.auditor.get("reports/transparency?" + period);
    assertThat(reply.status()).as(period + " " + reply).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo(XLSX);
    return reply.body();
  }

  /** Every cell of the table as text (the files differ in their creation time). */
  private static List<String> cells(byte[] body) throws IOException {
    List<String> cells = new ArrayList<>();
    try (Workbook workbook = workbook(body)) {
      for (Row row : workbook.getSheet("Disbursements")) {
        for (Cell cell : row) {
          cells.add(row.getRowNum() + ":" + cell.getColumnIndex() + "=" + cell);
        }
      }
    }
    assertThat(cells).isNotEmpty();
    return cells;
  }

  private static Workbook workbook(byte[] body) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(body));
  }

  private static void assertNoSmallGroupShown(Sheet table) {
    for (Row row : table) {
      for (int c = 2; c < Math.max(row.getLastCellNum(), 2); c += 2) {
        Cell households = row.getCell(c);
        if (row.getRowNum() > 3
            && households != null
            && households.getCellType() == CellType.NUMERIC) {
          double shown = households.getNumericCellValue();
          assertThat(shown == 0 || shown >= 5).as("households shown: " + shown).isTrue();
        }
      }
    }
  }

  private static Row row(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell area = row.getCell(1);
      if (area != null
          && area.getCellType() == CellType.STRING
          && area.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static void assertError(ApiClient.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.json().getString("field")).isEqualTo(field);
  }
}
