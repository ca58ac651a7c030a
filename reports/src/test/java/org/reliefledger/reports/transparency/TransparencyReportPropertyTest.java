package org.reliefledger.reports.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.anonymize.LinearDisclosureChecker;
import org.reliefledger.reports.xlsx.Workbooks;

/** For random disbursements, the workbook as read back shows nothing small and reconciles. */
class TransparencyReportPropertyTest {

  @Provide
  Arbitrary<List<DisbursementFact>> facts() {
    Arbitrary<YearMonth> months =
        Arbitraries.integers().between(1, 3).map(m -> YearMonth.of(2026, m));
    Arbitrary<String> areas = Arbitraries.of("North", "South", "Harbour", "Old Town", "", null);
    Arbitrary<String> tokens = Arbitraries.integers().between(1, 40).map(i -> "TOKEN-" + i);
    return Combinators.combine(
            months,
            areas.injectNull(0.1),
            Arbitraries.of(SpendingCategory.class),
            tokens,
            Arbitraries.longs().between(1, 300_000))
        .as(DisbursementFact::new)
        .list()
        .ofMaxSize(120);
  }

  /** The table's hidden amounts as printed: rows of months and areas, then the totals row. */
  static boolean[][] hiddenAmounts(XSSFWorkbook workbook) {
    Sheet sheet = workbook.getSheet(TransparencyReport.TABLE_SHEET);
    List<boolean[]> rows = new ArrayList<>();
    for (int r = TransparencyReportTest.FIRST_DATA_ROW; ; r++) {
      Row row = sheet.getRow(r);
      boolean[] hidden = new boolean[TransparencyReportTest.CATEGORY_COUNT + 1];
      for (int c = 0; c < hidden.length; c++) {
        Cell amount = row.getCell(TransparencyReportTest.amountColumn(c));
        hidden[c] = amount.getCellType() == CellType.STRING;
      }
      rows.add(hidden);
      if (row.getCell(0).getStringCellValue().equals("All months")) {
        return rows.toArray(boolean[][]::new);
      }
    }
  }

  @Property(tries = 15)
  void shown_cells_are_exact_never_small_never_recoverable_and_tokens_never_appear(
      @ForAll("facts") List<DisbursementFact> facts,
      @ForAll @IntRange(min = 2, max = 6) int minimumGroup)
      throws IOException {
    TransparencyData data =
        new TransparencyData(
            "Fund",
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 3),
            Currency.getInstance("USD"),
            minimumGroup,
            facts);
    byte[] xlsx = TransparencyReportTest.write(data);

    assertThat(Workbooks.everyPart(xlsx)).doesNotContain("TOKEN-");
    try (XSSFWorkbook workbook = Workbooks.open(xlsx)) {
      TransparencyReportTest.assertEveryShownCellIsExactAndLarge(workbook, facts, minimumGroup);
      assertThat(LinearDisclosureChecker.avoidableLeaks(hiddenAmounts(workbook))).isEmpty();
    }
  }
}
