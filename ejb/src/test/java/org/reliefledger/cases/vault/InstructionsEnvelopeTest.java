package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reliefledger.disbursement.entity.PaymentInstructions;
import org.reliefledger.disbursement.entity.PayoutMethod;

class InstructionsEnvelopeTest {

  private static final PaymentInstructions CANARY =
      new PaymentInstructions(
          "Qzpayee Landlordson", PayoutMethod.ZELLE, "@qzhandle", "9 Canary Row", "Rent May");

  @Test
  void opensToExactlyWhatWasSealedBoundToItsRequest() {
    DataKey key = DataKey.generate();

    Sealed envelope = InstructionsEnvelope.seal(CANARY, key, 7, 350);

    assertThat(InstructionsEnvelope.open(envelope, key, 7, 350)).isEqualTo(CANARY);
    assertThatThrownBy(() -> InstructionsEnvelope.open(envelope, key, 7, 351))
        .isInstanceOf(SealBrokenException.class);
    assertThatThrownBy(() -> InstructionsEnvelope.open(envelope, key, 8, 350))
        .isInstanceOf(SealBrokenException.class);
    assertThatThrownBy(() -> InstructionsEnvelope.open(envelope, DataKey.generate(), 7, 350))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void keepsAbsentFieldsAbsentAndShowsNoValueInItsBytes() {
    DataKey key = DataKey.generate();
    var checkOnly = new PaymentInstructions("Qzpayee", PayoutMethod.CHECK, null, null, null);

    Sealed envelope = InstructionsEnvelope.seal(checkOnly, key, 7, 350);

    assertThat(InstructionsEnvelope.open(envelope, key, 7, 350)).isEqualTo(checkOnly);
    assertThat(new String(envelope.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Qzpayee")
        .doesNotContain("CHECK");
  }
}
