package org.reliefledger.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
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
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.TrialBalance;
import org.reliefledger.reporting.boundary.Reporting;
import org.reliefledger.reports.statements.TrialBalanceData;
import org.reliefledger.reports.statements.TrialBalanceReport;

/**
 * The reports end to end: money recorded, cases helped and payments made through the API, then
 * every workbook downloaded, read back with POI and checked against the journal to the cent — and
 * the transparency report checked for anything that could identify a household.
 *
 * <p>The books are shared with the other container tests, so the story is dated in a random month
 * centuries ahead that nothing else touches; its figures are then exactly the story's.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PASSWORD = "reports-it-password";
  static final String DONOR_CANARY = "Canarydonor Quillfeather";
  static final String GRANTOR_CANARY = "Canaryfoundation Wexbridge";
  static final String JUSTIFICATION_CANARY = "canary-justification-Zorbleck";

  @ArquillianResource URL base;

  @Inject Reporting reporting;
  @Inject Ledger ledger;

  @Resource(lookup = "java:app/jdbc/relief")
  DataSource dataSource;

  @Test
  @RunAsClient
  void workbooksReconcileToTheLedgerAndNeverIdentifyAHousehold() throws IOException {
    String id = UUID.randomUUID().toString().substring(0, 8);
    var admin = ApiClient.anonymous(base).asAdmin();
    var treasurer = user(admin, "treasurer-" + id, "TREASURER");
    var auditor = user(admin, "auditor-" + id, "AUDITOR");
    var intake = user(admin, "intake-" + id, "INTAKE");
    var members =
        List.of(
            user(admin, "member-a-" + id, "COMMITTEE"), user(admin, "member-b-" + id, "COMMITTEE"));
    YearMonth month =
        YearMonth.of(
            ThreadLocalRandom.current().nextInt(2100, 2200),
            ThreadLocalRandom.current().nextInt(1, 13));
    String day = month.atDay(10).toString();

    donate(treasurer, day, "100.00", "CARD", DONOR_CANARY, "canary@example.org");
    donate(treasurer, day, "50.25", "CARD", DONOR_CANARY, "Canary@Example.org");
    donate(treasurer, day, "20.00", "CASH", null, null);
    donate(treasurer, day, "1000.00", "BANK_TRANSFER", "Second Donor", null);
    long mistaken = donate(treasurer, day, "33.00", "PAYMENT_APP", null, null);
    reverse(treasurer, mistaken, month.atDay(12).toString());
    var grant =
        treasurer.post(
            "grants",
            "{\"date\":\""
                + day
                + "\",\"amount\":\"2000.00\",\"fund\":\"GENERAL\","
                + "\"depositAccount\":\"1000\",\"grantor\":\""
                + GRANTOR_CANARY
                + "\"}");
    assertThat(grant.status()).as(grant.toString()).isEqualTo(201);

    // Areas from the administrator's list: the report names them by their listed name.
    String tag = id.toUpperCase(Locale.ROOT);
    String northside = "Northside " + tag;
    String riverbend = "Riverbend " + tag;
    String north = admin.area("NORTH-" + tag, northside);
    String river = admin.area("RIVER-" + tag, riverbend);
    var caseCodes = new ArrayList<String>();
    String payDay = month.atDay(20).toString();
    for (int i = 0; i < 5; i++) {
      String code = openCase(intake, north, caseCodes);
      pay(treasurer, approved(intake, members, code, "RENT", "100.00"), payDay);
    }
    String foodCase = openCase(intake, north, caseCodes);
    pay(treasurer, approved(intake, members, foodCase, "FOOD", "40.00"), payDay);
    for (int i = 0; i < 2; i++) {
      String code = openCase(intake, river, caseCodes);
      pay(treasurer, approved(intake, members, code, "RENT", "75.00"), payDay);
    }
    long mistakenPayment =
        pay(treasurer, approved(intake, members, foodCase, "UTILITIES", "60.00"), payDay);
    reverse(treasurer, mistakenPayment, month.atDay(25).toString());
    // A retired area stays the area of its old cases, in reports too.
    assertThat(admin.post("areas/" + north + "/retirement", "").status()).isEqualTo(200);

    String from = month.atDay(1).toString();
    String to = month.atEndOfMonth().toString();
    List<JsonObject> postings = postings(auditor, from, to);
    BigDecimal expenses = net(postings, "5", true);
    BigDecimal income = net(postings, "4", false);
    BigDecimal generalCashChange = net(postings, "1", true);
    assertThat(expenses).isEqualByComparingTo("690.00");
    assertThat(income).isEqualByComparingTo("3170.25");

    // The donor report: money in and out, households, gifts and donors, funds, trend.
    var donorReply = download(treasurer, "reports/donor-monthly?month=" + month);
    try (Workbook donor = workbook(donorReply)) {
      Sheet summary = donor.getSheet("Summary");
      assertThat(amountRight(summary, "Money in")).isEqualByComparingTo(income);
      assertThat(amountRight(summary, "Money out")).isEqualByComparingTo(expenses);
      assertThat(amountRight(summary, "Households helped")).isEqualByComparingTo("8");
      assertThat(amountRight(summary, "Average award")).isEqualByComparingTo("86.25");
      assertThat(amountRight(summary, "Gifts received")).isEqualByComparingTo("4");
      assertThat(amountRight(summary, "Donors")).isEqualByComparingTo("3");
      assertThat(amountRight(summary, "Donations: Card")).isEqualByComparingTo("150.25");
      assertThat(amountRight(summary, "Grants")).isEqualByComparingTo("2000.00");
      Row rent = rowAfter(summary, "Money out by category", "Rent");
      assertThat(rent.getCell(1).getNumericCellValue()).as("rent awards").isEqualTo(7);
      assertThat(money(rent.getCell(2))).isEqualByComparingTo("650.00");
      assertThat(money(rowAfter(summary, "Money out by category", "Utilities").getCell(2)))
          .as("paid, then reversed")
          .isZero();
      Row general = row(summary, "General fund");
      BigDecimal opening = money(general.getCell(2));
      BigDecimal closing = money(general.getCell(3));
      assertThat(closing.subtract(opening)).isEqualByComparingTo(generalCashChange);
      assertThat(closing.subtract(opening)).isEqualByComparingTo("2480.25");
      Row thisMonth =
          row(
              donor.getSheet("Trend"),
              month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)));
      assertThat(money(thisMonth.getCell(1))).isEqualByComparingTo(income);
      assertThat(money(thisMonth.getCell(2))).isEqualByComparingTo(expenses);
    }
    assertThat(XlsxText.of(donorReply.body()))
        .doesNotContain(DONOR_CANARY, GRANTOR_CANARY, "Second Donor", "canary@");

    // The transparency report: the ledger's total, small groups hidden, nothing identifying.
    var transparencyReply =
        download(auditor, "reports/transparency?from=" + month.atDay(3) + "&to=" + month.atDay(4));
    try (Workbook transparency = workbook(transparencyReply)) {
      Sheet table = transparency.getSheet("Disbursements");
      Row totals = row(table, "All months");
      assertThat(money(totals.getCell(totals.getLastCellNum() - 1))).isEqualByComparingTo(expenses);
      assertThat(row(table, "Other areas").getCell(0).getStringCellValue())
          .as("the two Riverbend households are merged")
          .isEqualTo(month.toString());
      assertThat(row(table, northside).getCell(0).getStringCellValue()).isEqualTo(month.toString());
      for (Row row : table) {
        if (row.getRowNum() > totals.getRowNum()) {
          break;
        }
        for (int c = 2; c < row.getLastCellNum(); c += 2) {
          Cell households = row.getCell(c);
          if (households != null && households.getCellType() == CellType.NUMERIC) {
            double shown = households.getNumericCellValue();
            assertThat(shown == 0 || shown >= 5).as("households shown: " + shown).isTrue();
          }
        }
      }
    }
    String transparencyText = XlsxText.of(transparencyReply.body());
    assertThat(transparencyText)
        .doesNotContain(
            riverbend, river, north, JUSTIFICATION_CANARY, "LANDLORD", DONOR_CANARY, payDay);
    caseCodes.forEach(code -> assertThat(transparencyText).doesNotContain(code));

    // The treasurer's statements.
    try (Workbook trial = workbook(download(auditor, "reports/trial-balance.xlsx?asOf=" + to))) {
      Row total = row(trial.getSheet("Trial balance"), "Total");
      assertThat(money(total.getCell(3)))
          .isPositive()
          .isEqualByComparingTo(money(total.getCell(4)));
    }
    try (Workbook activities =
        workbook(download(treasurer, "reports/activities?from=" + from + "&to=" + to))) {
      Sheet sheet = activities.getSheet("Statement of activities");
      assertThat(amountRight(sheet, "Total income")).isEqualByComparingTo(income);
      assertThat(amountRight(sheet, "Total expenses")).isEqualByComparingTo(expenses);
    }
    var ledgerReply = download(auditor, "reports/general-ledger?from=" + from + "&to=" + to);
    try (Workbook generalLedger = workbook(ledgerReply)) {
      Sheet sheet = generalLedger.getSheet("General ledger");
      int header = row(sheet, "Entry").getRowNum();
      int postingRows = row(sheet, "Total").getRowNum() - header - 1;
      assertThat(postingRows).isEqualTo(postings.size());
      Row total = row(sheet, "Total");
      assertThat(money(total.getCell(8))).isEqualByComparingTo(money(total.getCell(9)));
    }
  }

  @Test
  @RunAsClient
  void badParametersAreClientErrorsAndOnlyTreasurersAndAuditorsExport() {
    String id = UUID.randomUUID().toString().substring(0, 8);
    var admin = ApiClient.anonymous(base).asAdmin();
    var auditor = user(admin, "auditor-p-" + id, "AUDITOR");
    var intake = user(admin, "intake-p-" + id, "INTAKE");
    assertError(auditor.get("reports/donor-monthly"), 422, "month");
    assertError(auditor.get("reports/donor-monthly?month=2026-13"), 422, "month");
    assertError(auditor.get("reports/transparency?from=2026-05-01&to=2026-04-30"), 422, "to");
    assertError(auditor.get("reports/transparency?from=2026-05-01"), 422, "to");
    assertError(auditor.get("reports/activities?from=yesterday&to=2026-04-30"), 422, "from");
    assertError(auditor.get("reports/general-ledger?to=2026-04-30"), 422, "from");
    assertError(auditor.get("reports/trial-balance.xlsx?asOf=31-12-2026"), 422, "asOf");
    assertThat(intake.get("reports/donor-monthly?month=2026-05").status()).isEqualTo(403);
    assertThat(
            ApiClient.anonymous(base)
                .get("reports/general-ledger?from=2026-01-01&to=2026-01-31")
                .status())
        .isEqualTo(401);
  }

  /**
   * In the server: the trial-balance workbook shows the ledger's own trial balance, and is audited.
   */
  @Test
  void trialBalanceWorkbookIsTheLedgersTrialBalanceAndTheExportIsAudited() throws Exception {
    LocalDate asOf = LocalDate.now(ZoneOffset.UTC);
    long exportsBefore = exports();
    TrialBalanceData data = reporting.trialBalance(asOf);
    assertThat(exports()).isEqualTo(exportsBefore + 1);

    TrialBalance books = ledger.trialBalance(asOf);
    var out = new ByteArrayOutputStream();
    TrialBalanceReport.write(data, out);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheet("Trial balance");
      int header = row(sheet, "Account").getRowNum();
      for (int i = 0; i < books.rows().size(); i++) {
        TrialBalance.Row expected = books.rows().get(i);
        Row row = sheet.getRow(header + 1 + i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.account());
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(expected.fund());
        assertThat(money(row.getCell(3)))
            .isEqualByComparingTo(new BigDecimal(expected.debit().toDecimalString()));
        assertThat(money(row.getCell(4)))
            .isEqualByComparingTo(new BigDecimal(expected.credit().toDecimalString()));
      }
      Row total = row(sheet, "Total");
      assertThat(total.getRowNum()).isEqualTo(header + 1 + books.rows().size());
      assertThat(money(total.getCell(3)))
          .isEqualByComparingTo(new BigDecimal(books.totalDebit().toDecimalString()));
    }
  }

  private long exports() throws SQLException {
    try (var connection = dataSource.getConnection();
        var rows =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from audit_event where action = 'REPORT_EXPORTED'"
                        + " and object_id = 'trial-balance'")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static ApiClient user(ApiClient admin, String name, String role) {
    return admin.newUser(name, PASSWORD, role);
  }

  private static long donate(
      ApiClient treasurer, String day, String amount, String method, String name, String email) {
    String donor =
        name == null
            ? ""
            : ",\"donor\":{\"name\":\""
                + name
                + "\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + "}";
    var reply =
        treasurer.post(
            "donations",
            "{\"date\":\""
                + day
                + "\",\"amount\":\""
                + amount
                + "\",\"fund\":\"GENERAL\","
                + "\"depositAccount\":\"1000\",\"method\":\""
                + method
                + "\""
                + donor
                + "}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    return reply.json().getJsonNumber("journalEntryId").longValue();
  }

  private static void reverse(ApiClient treasurer, long entry, String day) {
    var reply =
        treasurer.post(
            "journal-entries/" + entry + "/reversal",
            "{\"date\":\"" + day + "\",\"memo\":\"entered by mistake\"}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
  }

  private static String openCase(ApiClient intake, String area, List<String> codes) {
    var reply =
        intake.post(
            "cases", "{\"householdSize\":3,\"area\":\"" + area + "\",\"languages\":[\"es\"]}");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    String code = reply.json().getString("code");
    codes.add(code);
    return code;
  }

  private static long approved(
      ApiClient intake, List<ApiClient> members, String code, String category, String amount) {
    var opened =
        intake.post(
            "disbursement-requests",
            "{\"case\":\""
                + code
                + "\",\"category\":\""
                + category
                + "\",\"amount\":\""
                + amount
                + "\",\"fund\":\"GENERAL\",\"payee\":\"LANDLORD\",\"justification\":\""
                + JUSTIFICATION_CANARY
                + "\"}");
    assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
    long request = opened.json().getJsonNumber("id").longValue();
    for (ApiClient member : members) {
      var vote =
          member.post("disbursement-requests/" + request + "/votes", "{\"decision\":\"APPROVE\"}");
      assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
    }
    return request;
  }

  private static long pay(ApiClient treasurer, long request, String day) {
    var paid =
        treasurer.post(
            "disbursement-requests/" + request + "/payment",
            "{\"date\":\"" + day + "\",\"fromAccount\":\"1000\",\"reference\":\"bank-ref\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
    return paid.json().getJsonNumber("journalEntryId").longValue();
  }

  /** Every posting of the period as the journal lists it. */
  private static List<JsonObject> postings(ApiClient auditor, String from, String to) {
    var reply = auditor.get("journal-entries?from=" + from + "&to=" + to + "&limit=500");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    var postings = new ArrayList<JsonObject>();
    reply
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .forEach(
            entry -> postings.addAll(entry.getJsonArray("postings").getValuesAs(JsonObject.class)));
    return postings;
  }

  /** Debits minus credits (or the reverse) of the postings to accounts whose code starts so. */
  private static BigDecimal net(List<JsonObject> postings, String codePrefix, boolean debitNormal) {
    BigDecimal net = BigDecimal.ZERO;
    for (JsonObject posting : postings) {
      if (posting.getString("account").startsWith(codePrefix)) {
        BigDecimal debit = decimal(posting, "debit");
        BigDecimal credit = decimal(posting, "credit");
        net = net.add(debitNormal ? debit.subtract(credit) : credit.subtract(debit));
      }
    }
    return net;
  }

  /** JSON-B leaves out the side a posting is not on. */
  private static BigDecimal decimal(JsonObject posting, String side) {
    return posting.containsKey(side) && !posting.isNull(side)
        ? new BigDecimal(posting.getString(side))
        : BigDecimal.ZERO;
  }

  private static ApiClient.Reply download(ApiClient client, String path) {
    var reply = client.get(path);
    assertThat(reply.status()).as(path + " " + reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo(XLSX);
    return reply;
  }

  private static Workbook workbook(ApiClient.Reply reply) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(reply.body()));
  }

  private static void assertError(ApiClient.Reply reply, int status, String field) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
    assertThat(reply.json().getString("field")).isEqualTo(field);
    assertThat(reply.json().getString("error")).isNotBlank();
  }

  /** The first row below the row holding {@code heading} with a cell reading {@code label}. */
  private static Row rowAfter(Sheet sheet, String heading, String label) {
    int below = row(sheet, heading).getRowNum();
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (row.getRowNum() > below
          && first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(label)) {
        return row;
      }
    }
    throw new AssertionError("no row " + label + " below " + heading);
  }

  /** The first row with a cell reading {@code label}. */
  private static Row row(Sheet sheet, String label) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
  }

  /** The last number in the row labelled {@code label}. */
  private static BigDecimal amountRight(Sheet sheet, String label) {
    Row row = row(sheet, label);
    for (int c = row.getLastCellNum() - 1; c >= 0; c--) {
      Cell cell = row.getCell(c);
      if (cell != null && cell.getCellType() == CellType.NUMERIC) {
        return money(cell);
      }
    }
    throw new AssertionError("no number in row " + label);
  }

  private static BigDecimal money(Cell cell) {
    return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN);
  }
}
