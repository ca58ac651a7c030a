package org.reliefledger.ledger.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @ParameterizedTest
  @CsvSource({"125.00,12500", "5,500", "5.5,550", "0.01,1", "0,0", "007.10,710"})
  void parsesDecimalStringsExactly(String text, long expectedMinor) {
    assertThat(Money.parse(text)).isEqualTo(Money.ofMinor(expectedMinor));
  }

  @Test
  void parsesTheLargestRepresentableAmount() {
    assertThat(Money.parse("92233720368547758.07").minorUnits()).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.005", "0.001", "125.000", "3.14159"})
  void refusesMoreThanTwoDecimalsInsteadOfRounding(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidAmountException.class)
        .hasMessage("the amount must not have more than two decimal places");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "-0.01"})
  void refusesNegativeAmounts(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidAmountException.class)
        .hasMessage("the amount must not be negative");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abc",
        "1e3",
        "1E3",
        "1.5e2",
        " 5",
        "5 ",
        "5.",
        ".5",
        "+5",
        "5,00",
        "1_000",
        "0x10",
        "NaN",
        "Infinity",
        "١٢٣",
        "5.0.0",
        "--5"
      })
  void refusesAnythingThatIsNotAPlainDecimal(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidAmountException.class)
        .hasMessage("the amount must be a decimal number such as 125.00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "92233720368547758.08",
        "99999999999999999999",
        "10000000000000000000000000000000000000000"
      })
  void refusesAmountsTooLargeToHold(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(InvalidAmountException.class)
        .hasMessage("the amount is too large");
  }

  @Test
  void refusesMissingAmounts() {
    assertThatThrownBy(() -> Money.parse("")).isInstanceOf(InvalidAmountException.class);
    assertThatThrownBy(() -> Money.parse(null)).isInstanceOf(InvalidAmountException.class);
  }

  @Test
  void refusalNeverRepeatsTheInput() {
    assertThatThrownBy(() -> Money.parse("Maria Lopez")).message().doesNotContain("Maria");
  }

  @Test
  void printsTwoDecimals() {
    assertThat(Money.ofMinor(12500).toDecimalString()).isEqualTo("125.00");
    assertThat(Money.ofMinor(5).toDecimalString()).isEqualTo("0.05");
    assertThat(Money.ofMinor(-305).toDecimalString()).isEqualTo("-3.05");
    assertThat(Money.ofMinor(0).toString()).isEqualTo("0.00 USD");
    assertThat(Money.ofMinor(1234).toBigDecimal()).isEqualTo(new BigDecimal("12.34"));
  }

  @Property
  void printingThenParsingGivesTheSameAmount(@ForAll @LongRange(min = 0) long minor) {
    Money money = Money.ofMinor(minor);
    assertThat(Money.parse(money.toDecimalString())).isEqualTo(money);
  }

  @Property
  void parsingAgreesWithBigDecimal(
      @ForAll @StringLength(min = 1, max = 15) @NumericChars String units,
      @ForAll @StringLength(max = 2) @NumericChars String cents) {
    String text = cents.isEmpty() ? units : units + "." + cents;
    long expected = new BigDecimal(text).movePointRight(2).longValueExact();
    assertThat(Money.parse(text).minorUnits()).isEqualTo(expected);
  }

  @Property
  void arithmeticIsExactOrThrows(@ForAll long a, @ForAll long b) {
    Money x = Money.ofMinor(a);
    Money y = Money.ofMinor(b);
    BigInteger exactSum = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
    if (exactSum.bitLength() < 64) {
      assertThat(x.plus(y).minorUnits()).isEqualTo(exactSum.longValueExact());
    } else {
      assertThatThrownBy(() -> x.plus(y)).isInstanceOf(ArithmeticException.class);
    }
    BigInteger exactDifference = BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
    if (exactDifference.bitLength() < 64) {
      assertThat(x.minus(y).minorUnits()).isEqualTo(exactDifference.longValueExact());
    } else {
      assertThatThrownBy(() -> x.minus(y)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Test
  void negatingTheSmallestAmountThrows() {
    assertThatThrownBy(() -> Money.ofMinor(Long.MIN_VALUE).negate())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void neverMixesCurrencies() {
    Money dollars = Money.ofMinor(100);
    Money euros = Money.ofMinor(100, Currency.getInstance("EUR"));
    assertThat(dollars).isNotEqualTo(euros);
    assertThatThrownBy(() -> dollars.plus(euros)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> dollars.compareTo(euros)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesCurrenciesWithoutTwoDecimals() {
    assertThatThrownBy(() -> Money.ofMinor(1, Currency.getInstance("JPY")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparesBySignAndSize() {
    assertThat(Money.ofMinor(1).isPositive()).isTrue();
    assertThat(Money.ofMinor(-1).isNegative()).isTrue();
    assertThat(Money.zero(Money.USD).isZero()).isTrue();
    assertThat(Money.ofMinor(1)).isLessThan(Money.ofMinor(2));
  }
}
