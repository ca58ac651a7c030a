package org.reliefledger.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

  @Test
  void minor_units_become_exact_decimals_with_the_currency_scale() {
    assertThat(MinorUnits.toDecimal(12_345, Currency.getInstance("USD")))
        .isEqualTo(new BigDecimal("123.45"));
    assertThat(MinorUnits.toDecimal(-5, Currency.getInstance("EUR")))
        .isEqualTo(new BigDecimal("-0.05"));
    assertThat(MinorUnits.toDecimal(500, Currency.getInstance("JPY")))
        .isEqualTo(new BigDecimal("500"));
  }

  @Test
  void averages_round_half_even_to_the_minor_unit() {
    assertThat(MinorUnits.divideRounded(10, 4)).isEqualTo(2);
    assertThat(MinorUnits.divideRounded(14, 4)).isEqualTo(4);
    assertThat(MinorUnits.divideRounded(310_001, 7)).isEqualTo(44_286);
    assertThatThrownBy(() -> MinorUnits.divideRounded(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void currency_formats_follow_symbol_and_decimals() {
    assertThat(ReportStyles.currencyFormat(Currency.getInstance("USD")))
        .isEqualTo("\"$\"#,##0.00;-\"$\"#,##0.00");
    assertThat(ReportStyles.currencyFormat(Currency.getInstance("CHF")))
        .isEqualTo("#,##0.00 \"CHF\";-#,##0.00 \"CHF\"");
    assertThat(ReportStyles.currencyFormat(Currency.getInstance("JPY"))).doesNotContain(".");
  }
}
