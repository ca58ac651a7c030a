package org.reliefledger.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Money cells hold doubles; up to ten billion dollars either way they read back to the cent. */
class MoneyCellPropertyTest {

  @Property(tries = 8)
  void money_cells_read_back_to_the_cent(
      @ForAll @Size(min = 1, max = 500)
          List<@LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) Long> amounts)
      throws IOException {
    Currency usd = Currency.getInstance("USD");
    byte[] xlsx =
        Workbooks.bytes(
            out ->
                ReportWorkbook.write(
                    usd,
                    out,
                    workbook -> {
                      SheetWriter sheet = workbook.sheet("Amounts");
                      amounts.forEach(amount -> sheet.row().money(amount).moneyTotal(amount));
                    }));

    try (XSSFWorkbook workbook = Workbooks.open(xlsx)) {
      for (int r = 0; r < amounts.size(); r++) {
        assertThat(Workbooks.cents(workbook.getSheet("Amounts").getRow(r).getCell(0)))
            .isEqualTo(amounts.get(r));
        assertThat(Workbooks.cents(workbook.getSheet("Amounts").getRow(r).getCell(1)))
            .isEqualTo(amounts.get(r));
      }
    }
  }
}
