package org.reliefledger.disbursement.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reliefledger.disbursement.entity.PaymentInstructions.InvalidInstructions;

class PaymentInstructionsTest {

  @Test
  void needsAPayeeNameAndAMethod() {
    assertThatThrownBy(() -> new PaymentInstructions("  ", PayoutMethod.CHECK, null, null, null))
        .isInstanceOf(InvalidInstructions.class)
        .extracting(e -> ((InvalidInstructions) e).field())
        .isEqualTo("payeeName");
    assertThatThrownBy(() -> new PaymentInstructions("Qzpayee", null, null, null, null))
        .isInstanceOf(InvalidInstructions.class)
        .extracting(e -> ((InvalidInstructions) e).field())
        .isEqualTo("method");
  }

  @Test
  void refusesOverlongFieldsWithoutQuotingThem() {
    String longHandle = "@qzcanary".repeat(20);

    assertThatThrownBy(
            () -> new PaymentInstructions("Qzpayee", PayoutMethod.VENMO, longHandle, null, null))
        .isInstanceOf(InvalidInstructions.class)
        .hasMessage("account: at most 100 characters")
        .extracting(e -> ((InvalidInstructions) e).field())
        .isEqualTo("account");
  }

  @Test
  void stripsFieldsAndKeepsBlankOnesAbsent() {
    var instructions =
        new PaymentInstructions(" Qzpayee ", PayoutMethod.CASH_APP, " $qz ", "\t", "");

    assertThat(instructions)
        .isEqualTo(new PaymentInstructions("Qzpayee", PayoutMethod.CASH_APP, "$qz", null, null));
  }

  @Test
  void printsNoValue() {
    var instructions =
        new PaymentInstructions("Qzpayee", PayoutMethod.ZELLE, "qz@canary", "9 Row", "Rent");

    assertThat(instructions.toString()).isEqualTo("PaymentInstructions[ZELLE, redacted]");
  }
}
