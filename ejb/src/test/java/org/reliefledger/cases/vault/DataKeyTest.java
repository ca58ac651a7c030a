package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataKeyTest {

  private static final String CANARY = "Zyxwvut Canary-Quokka 555-0199";
  private final DataKey key = DataKey.generate();
  private final FieldBinding notes = new FieldBinding(7, "notes");

  @Test
  void opensWhatItSealed() {
    Sealed sealed = key.sealText(CANARY, notes);

    assertThat(key.openText(sealed, notes)).isEqualTo(CANARY);
  }

  @Test
  void ciphertextDoesNotContainThePlaintext() {
    Sealed sealed = key.sealText(CANARY, notes);

    assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Canary");
  }

  @Test
  void everySealUsesAFreshNonce() {
    Sealed first = key.sealText(CANARY, notes);
    Sealed second = key.sealText(CANARY, notes);

    assertThat(first.nonce()).hasSize(12).isNotEqualTo(second.nonce());
    assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
  }

  @Test
  void ciphertextLengthRevealsOnlyASizeClass() {
    Sealed shortName = key.sealText("Al", notes);
    Sealed longerName = key.sealText("Alexandra Montgomery-Smythe", notes);

    assertThat(shortName.ciphertext()).hasSameSizeAs(longerName.ciphertext());
    assertThat(shortName.ciphertext()).hasSize(Padding.BLOCK + AesGcm.TAG_BYTES);
  }

  @Test
  void aFlippedCiphertextBitFailsAuthentication() {
    Sealed sealed = key.sealText(CANARY, notes);
    byte[] ciphertext = sealed.ciphertext();
    ciphertext[3] ^= 0x01;

    assertThatThrownBy(() -> key.openText(new Sealed(sealed.nonce(), ciphertext), notes))
        .isInstanceOf(SealBrokenException.class)
        .hasMessageContaining("failed authentication");
  }

  @Test
  void aFlippedTagBitFailsAuthentication() {
    Sealed sealed = key.sealText(CANARY, notes);
    byte[] ciphertext = sealed.ciphertext();
    ciphertext[ciphertext.length - 1] ^= (byte) 0x80;

    assertThatThrownBy(() -> key.openText(new Sealed(sealed.nonce(), ciphertext), notes))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void aFlippedNonceBitFailsAuthentication() {
    Sealed sealed = key.sealText(CANARY, notes);
    byte[] nonce = sealed.nonce();
    nonce[0] ^= 0x01;

    assertThatThrownBy(() -> key.openText(new Sealed(nonce, sealed.ciphertext()), notes))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void aValueMovedToAnotherCaseDoesNotOpen() {
    Sealed sealed = key.sealText(CANARY, notes);

    assertThatThrownBy(() -> key.openText(sealed, new FieldBinding(8, "notes")))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void aValueMovedToAnotherFieldDoesNotOpen() {
    Sealed sealed = key.sealText(CANARY, FieldBinding.justification(7, 350));

    assertThatThrownBy(() -> key.openText(sealed, FieldBinding.justification(7, 400)))
        .isInstanceOf(SealBrokenException.class);
    assertThatThrownBy(() -> key.openText(sealed, FieldBinding.pii(7)))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void aNoteMovedToAnotherAuthorKindRequestOrToADonorDoesNotOpen() {
    Sealed sealed = key.sealText(CANARY, FieldBinding.requestNote(7, 350, "VOTE_COMMENT", "ana"));

    assertThat(key.openText(sealed, FieldBinding.requestNote(7, 350, "VOTE_COMMENT", "ana")))
        .isEqualTo(CANARY);
    for (FieldBinding elsewhere :
        List.of(
            FieldBinding.requestNote(7, 350, "VOTE_COMMENT", "ben"),
            FieldBinding.requestNote(7, 350, "RECUSAL_REASON", "ana"),
            FieldBinding.requestNote(7, 351, "VOTE_COMMENT", "ana"),
            FieldBinding.requestNote(8, 350, "VOTE_COMMENT", "ana"),
            FieldBinding.donorDetails(7))) {
      assertThatThrownBy(() -> key.openText(sealed, elsewhere))
          .as(elsewhere.toString())
          .isInstanceOf(SealBrokenException.class);
    }
  }

  @Test
  void anotherKeyCannotOpen() {
    Sealed sealed = key.sealText(CANARY, notes);

    assertThatThrownBy(() -> DataKey.generate().openText(sealed, notes))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void refusesTextItCouldNotGiveBackExactly() {
    String loneSurrogate = "name \uD800 end";

    assertThatThrownBy(() -> key.sealText(loneSurrogate, notes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("name");
  }

  @Test
  void printsNothingOfTheKeyOrTheValue() {
    Sealed sealed = key.sealText(CANARY, notes);

    assertThat(sealed).hasToString("[sealed]");
    assertThat(key).hasToString("[data key]");
  }

  @Test
  void sealedValuesAreEqualByContent() {
    Sealed sealed = key.sealText(CANARY, notes);

    assertThat(new Sealed(sealed.nonce(), sealed.ciphertext()))
        .isEqualTo(sealed)
        .hasSameHashCodeAs(sealed);
  }

  @Test
  void aSealedValueCannotBeChangedThroughItsAccessors() {
    Sealed sealed = key.sealText(CANARY, notes);
    sealed.ciphertext()[0] ^= 0x01;
    sealed.nonce()[0] ^= 0x01;

    assertThat(key.openText(sealed, notes)).isEqualTo(CANARY);
  }

  @Test
  void refusesMalformedSealedValues() {
    assertThatThrownBy(() -> new Sealed(new byte[8], new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Sealed(new byte[12], new byte[15]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesMalformedBindings() {
    assertThatThrownBy(() -> new FieldBinding(0, "pii"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FieldBinding(1, "Name With Spaces"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldBinding.justification(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
