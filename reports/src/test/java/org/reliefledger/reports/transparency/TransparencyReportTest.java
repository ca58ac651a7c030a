package org.reliefledger.reports.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reliefledger.reports.SpendingCategory.FOOD;
import static org.reliefledger.reports.SpendingCategory.MEDICAL;
import static org.reliefledger.reports.SpendingCategory.RENT;
import static org.reliefledger.reports.SpendingCategory.UTILITIES;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.xlsx.Workbooks;

public class TransparencyReportTest {

  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final int FIRST_DATA_ROW = 5;
  static final int CATEGORY_COUNT = SpendingCategory.values().length;

  public static byte[] write(TransparencyData data) throws IOException {
    return Workbooks.bytes(out -> TransparencyReport.write(data, out));
  }

  /** Households "prefix1".."prefixN" each paid the amount. */
  static List<DisbursementFact> paid(
      YearMonth month, String area, SpendingCategory category, String prefix, int n, long cents) {
    List<DisbursementFact> facts = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      facts.add(new DisbursementFact(month, area, category, prefix + i, cents));
    }
    return facts;
  }

  public static List<DisbursementFact> sample() {
    List<DisbursementFact> facts = new ArrayList<>();
    facts.addAll(paid(JAN, "Eastside", RENT, "TOKEN-E", 6, 80_000));
    facts.addAll(paid(JAN, "Eastside", FOOD, "TOKEN-E", 5, 5_000));
    facts.addAll(paid(JAN, "Riverside", RENT, "TOKEN-R", 7, 90_000));
    facts.addAll(paid(JAN, "Riverside", UTILITIES, "TOKEN-R", 2, 12_000));
    facts.addAll(paid(JAN, "Hilltop", RENT, "TOKEN-H", 2, 70_000));
    facts.addAll(paid(FEB, null, MEDICAL, "TOKEN-N", 1, 30_001));
    facts.addAll(paid(FEB, "Eastside", RENT, "TOKEN-E", 5, 80_000));
    facts.addAll(paid(FEB, "Eastside", RENT, "TOKEN-E", 1, 99));
    return facts;
  }

  public static TransparencyData data(List<DisbursementFact> facts) {
    return new TransparencyData(
        "Eastside Mutual Aid", JAN, FEB, Currency.getInstance("USD"), facts);
  }

  static List<String> rowLabels(XSSFWorkbook workbook) {
    Sheet sheet = workbook.getSheet(TransparencyReport.TABLE_SHEET);
    List<String> labels = new ArrayList<>();
    for (int r = FIRST_DATA_ROW; ; r++) {
      Row row = sheet.getRow(r);
      labels.add(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue());
      if (row.getCell(0).getStringCellValue().equals("All months")) {
        return labels;
      }
    }
  }

  @Test
  void rows_are_months_and_areas_with_small_and_unrecorded_areas_merged() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(data(sample())))) {
      assertThat(rowLabels(workbook))
          .containsExactly(
              "2026-01 Eastside",
              "2026-01 Riverside",
              "2026-01 " + TransparencyReport.OTHER_AREAS,
              "2026-02 Eastside",
              "2026-02 " + TransparencyReport.OTHER_AREAS,
              "All months All areas");
      assertThat(Workbooks.everyPart(write(data(sample())))).doesNotContain("Hilltop");
    }
  }

  @Test
  void an_unrecorded_area_with_enough_households_has_its_own_row() throws IOException {
    List<DisbursementFact> facts = new ArrayList<>(sample());
    facts.addAll(paid(FEB, " ", FOOD, "TOKEN-U", 5, 4_000));
    try (XSSFWorkbook workbook = Workbooks.open(write(data(facts)))) {
      assertThat(rowLabels(workbook))
          .as("the one household without an area now joins five others")
          .contains("2026-02 " + TransparencyReport.AREA_NOT_RECORDED)
          .doesNotContain("2026-02 " + TransparencyReport.OTHER_AREAS);
      assertEveryShownCellIsExactAndLarge(workbook, facts, 5);
    }
  }

  @Test
  void small_groups_show_the_marker_and_large_groups_their_exact_figures() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(data(sample())))) {
      Sheet sheet = workbook.getSheet(TransparencyReport.TABLE_SHEET);
      Row riverside = sheet.getRow(FIRST_DATA_ROW + 1);
      Row janOther = sheet.getRow(FIRST_DATA_ROW + 2);
      Row febOther = sheet.getRow(FIRST_DATA_ROW + 4);
      assertSuppressed(janOther, RENT.ordinal());
      assertSuppressed(janOther, CATEGORY_COUNT);
      assertSuppressed(riverside, UTILITIES.ordinal());
      assertSuppressed(febOther, MEDICAL.ordinal());

      Row febEastside = sheet.getRow(FIRST_DATA_ROW + 3);
      assertThat(Workbooks.count(febEastside.getCell(householdsColumn(RENT.ordinal()))))
          .isEqualTo(5);
      assertThat(Workbooks.cents(febEastside.getCell(amountColumn(RENT.ordinal()))))
          .isEqualTo(5 * 80_000 + 99);
    }
  }

  @Test
  void the_grand_total_reconciles_to_the_disbursements_to_the_cent() throws IOException {
    List<DisbursementFact> facts = sample();
    try (XSSFWorkbook workbook = Workbooks.open(write(data(facts)))) {
      Row totals =
          Workbooks.rowStartingWith(
              workbook.getSheet(TransparencyReport.TABLE_SHEET), "All months");
      long paid = facts.stream().mapToLong(DisbursementFact::amountMinorUnits).sum();
      assertThat(Workbooks.cents(totals.getCell(amountColumn(CATEGORY_COUNT)))).isEqualTo(paid);
      Set<String> households = new HashSet<>();
      facts.forEach(f -> households.add(f.householdToken()));
      assertThat(Workbooks.count(totals.getCell(householdsColumn(CATEGORY_COUNT))))
          .isEqualTo(households.size());
    }
  }

  @Test
  void every_shown_cell_matches_the_facts_and_no_shown_count_is_small() throws IOException {
    List<DisbursementFact> facts = sample();
    try (XSSFWorkbook workbook = Workbooks.open(write(data(facts)))) {
      assertEveryShownCellIsExactAndLarge(workbook, facts, 5);
    }
  }

  @Test
  void a_period_without_disbursements_shows_zero_totals() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.open(write(data(List.of())))) {
      Row totals =
          Workbooks.rowStartingWith(
              workbook.getSheet(TransparencyReport.TABLE_SHEET), "All months");
      assertThat(totals.getRowNum()).isEqualTo(FIRST_DATA_ROW);
      assertThat(Workbooks.cents(totals.getCell(amountColumn(CATEGORY_COUNT)))).isZero();
      assertThat(Workbooks.count(totals.getCell(householdsColumn(CATEGORY_COUNT)))).isZero();
    }
  }

  @Test
  void household_tokens_and_missing_areas_never_reach_the_file() throws IOException {
    String everything = Workbooks.everyPart(write(data(sample())));
    assertThat(everything).doesNotContain("TOKEN-").doesNotContain("null");
  }

  @Test
  void the_method_sheet_explains_the_rules_with_the_minimum_group() throws IOException {
    List<DisbursementFact> facts = sample();
    TransparencyData data =
        new TransparencyData(
            "Eastside Mutual Aid", JAN, FEB, Currency.getInstance("USD"), 7, facts);
    try (XSSFWorkbook workbook = Workbooks.open(write(data))) {
      Sheet method = workbook.getSheet(TransparencyReport.METHOD_SHEET);
      List<String> text = new ArrayList<>();
      for (Row row : method) {
        text.add(row.getCell(0).getStringCellValue());
      }
      assertThat(String.join(" ", text))
          .contains("fewer than 7 households")
          .contains("Totals still match the books");
    }
  }

  /** The row label a fact should be printed under: its area, or "Other areas" if small. */
  static String printedArea(DisbursementFact fact, List<DisbursementFact> facts, int k) {
    String area = TransparencyReport.recordedArea(fact);
    long households =
        facts.stream()
            .filter(f -> TransparencyReport.recordedArea(f).equals(area))
            .map(DisbursementFact::householdToken)
            .distinct()
            .count();
    return households >= k ? area : TransparencyReport.OTHER_AREAS;
  }

  static int householdsColumn(int category) {
    return 2 + 2 * category;
  }

  static int amountColumn(int category) {
    return 3 + 2 * category;
  }

  static void assertSuppressed(Row row, int category) {
    assertThat(row.getCell(householdsColumn(category)).getStringCellValue())
        .isEqualTo(TransparencyReport.SUPPRESSED);
    assertThat(row.getCell(amountColumn(category)).getStringCellValue())
        .isEqualTo(TransparencyReport.SUPPRESSED);
  }

  /**
   * Recomputes every cell from the facts: a shown cell must hold exactly the distinct households
   * and the amount of its group, and count none or at least {@code k}; a hidden cell must hide both
   * numbers.
   */
  static void assertEveryShownCellIsExactAndLarge(
      XSSFWorkbook workbook, List<DisbursementFact> facts, int k) {
    Sheet sheet = workbook.getSheet(TransparencyReport.TABLE_SHEET);
    for (int r = FIRST_DATA_ROW; ; r++) {
      Row row = sheet.getRow(r);
      String month = row.getCell(0).getStringCellValue();
      boolean totals = month.equals("All months");
      String area = row.getCell(1).getStringCellValue();
      for (int c = 0; c <= CATEGORY_COUNT; c++) {
        Cell households = row.getCell(householdsColumn(c));
        Cell amount = row.getCell(amountColumn(c));
        SpendingCategory category = c < CATEGORY_COUNT ? SpendingCategory.values()[c] : null;
        List<DisbursementFact> group =
            facts.stream()
                .filter(f -> totals || f.month().toString().equals(month))
                .filter(f -> totals || printedArea(f, facts, k).equals(area))
                .filter(f -> category == null || f.category() == category)
                .toList();
        long distinct = group.stream().map(DisbursementFact::householdToken).distinct().count();
        long sum = group.stream().mapToLong(DisbursementFact::amountMinorUnits).sum();
        if (amount.getCellType() == CellType.STRING) {
          assertThat(amount.getStringCellValue()).isEqualTo(TransparencyReport.SUPPRESSED);
          assertThat(households.getStringCellValue()).isEqualTo(TransparencyReport.SUPPRESSED);
          continue;
        }
        assertThat(Workbooks.cents(amount)).isEqualTo(sum);
        if (households.getCellType() == CellType.NUMERIC) {
          assertThat(Workbooks.count(households)).isEqualTo(distinct);
          assertThat(distinct == 0 || distinct >= k).isTrue();
        } else {
          assertThat(totals && c == CATEGORY_COUNT && distinct < k).isTrue();
        }
      }
      if (totals) {
        return;
      }
    }
  }
}
