package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MasterKeyringTest {

  private final MasterKey master = MasterKey.generate();

  @Test
  void unwrapsTheDataKeyItWrapped() {
    DataKey dataKey = DataKey.generate();
    Sealed sealed = dataKey.sealText("Canary", FieldBinding.pii(5));

    WrappedKey wrapped = master.wrap(dataKey, 5);

    assertThat(wrapped.masterKeyId()).isEqualTo(master.id());
    assertThat(master.unwrap(wrapped, 5).openText(sealed, FieldBinding.pii(5))).isEqualTo("Canary");
  }

  @Test
  void aDonorKeyOpensOnlyAsThatDonorsAndSurvivesRotation() {
    DataKey dataKey = DataKey.generate();
    Sealed details = dataKey.sealText("Canary Donor", FieldBinding.donorDetails(5));
    MasterKeyring before = MasterKeyring.of(List.of(master));
    WrappedKey wrapped = before.wrap(dataKey, KeyOwner.ofDonor(5));

    assertThatThrownBy(() -> before.unwrap(wrapped, 5))
        .as("the same id as a case")
        .isInstanceOf(SealBrokenException.class);
    assertThatThrownBy(() -> before.unwrap(wrapped, KeyOwner.ofDonor(6)))
        .isInstanceOf(SealBrokenException.class);
    MasterKeyring rotating = before.rotatedTo(MasterKey.generate());
    WrappedKey rewrapped = rotating.rewrap(wrapped, KeyOwner.ofDonor(5));
    MasterKeyring after = rotating.retire(master.id());
    assertThat(
            after
                .unwrap(rewrapped, KeyOwner.ofDonor(5))
                .openText(details, FieldBinding.donorDetails(5)))
        .isEqualTo("Canary Donor");
  }

  @Test
  void aWrappedKeyMovedToAnotherCaseDoesNotUnwrap() {
    WrappedKey wrapped = master.wrap(DataKey.generate(), 5);

    assertThatThrownBy(() -> master.unwrap(wrapped, 6)).isInstanceOf(SealBrokenException.class);
  }

  @Test
  void aTamperedWrappedKeyDoesNotUnwrap() {
    WrappedKey wrapped = master.wrap(DataKey.generate(), 5);
    byte[] ciphertext = wrapped.sealed().ciphertext();
    ciphertext[0] ^= 0x40;
    WrappedKey tampered =
        new WrappedKey(master.id(), new Sealed(wrapped.sealed().nonce(), ciphertext));

    assertThatThrownBy(() -> master.unwrap(tampered, 5)).isInstanceOf(SealBrokenException.class);
  }

  @Test
  void anotherMasterKeyCannotUnwrapEvenUnderTheSameId() throws Exception {
    WrappedKey wrapped = master.wrap(DataKey.generate(), 5);
    MasterKey impostor = MasterKey.of(master.id(), AesGcm.newKey().getEncoded());

    assertThat(impostor.checkValue()).isNotEqualTo(master.checkValue());
    assertThatThrownBy(() -> impostor.unwrap(wrapped, 5)).isInstanceOf(SealBrokenException.class);
  }

  @Test
  void checkValueIsStableAndRevealsNoKeyMaterial() {
    MasterKey copy = MasterKey.of(master.id(), master.material());

    assertThat(copy.checkValue()).isEqualTo(master.checkValue()).hasSize(64);
    assertThat(master.checkValue())
        .doesNotContain(java.util.HexFormat.of().formatHex(master.material()));
    assertThat(master.toString()).isEqualTo("MasterKey[" + master.id() + "]");
  }

  @Test
  void rotationKeepsEverySealedValueReadable() {
    MasterKeyring before = MasterKeyring.of(List.of(master));
    Map<Long, WrappedKey> caseKeys = new LinkedHashMap<>();
    Map<Long, Sealed> sealedRows = new LinkedHashMap<>();
    for (long caseId = 1; caseId <= 20; caseId++) {
      DataKey dataKey = DataKey.generate();
      caseKeys.put(caseId, before.wrap(dataKey, caseId));
      sealedRows.put(caseId, dataKey.sealText("household " + caseId, FieldBinding.pii(caseId)));
    }

    MasterKeyring during = before.rotatedTo(MasterKey.generate());
    caseKeys.replaceAll((caseId, wrapped) -> during.rewrap(wrapped, caseId));
    MasterKeyring after = during.retire(master.id());

    assertThat(after.keys()).hasSize(1).doesNotContain(master);
    caseKeys.forEach(
        (caseId, wrapped) -> {
          assertThat(wrapped.masterKeyId()).isEqualTo(after.primary().id());
          assertThat(
                  after
                      .unwrap(wrapped, caseId)
                      .openText(sealedRows.get(caseId), FieldBinding.pii(caseId)))
              .isEqualTo("household " + caseId);
        });
  }

  @Test
  void rewrapLeavesKeysOfThePrimaryAlone() {
    MasterKeyring keyring = MasterKeyring.of(List.of(master));
    WrappedKey wrapped = keyring.wrap(DataKey.generate(), 9);

    assertThat(keyring.rewrap(wrapped, 9)).isSameAs(wrapped);
  }

  @Test
  void aKeyWrappedByAnUnknownMasterKeyIsReportedByItsId() {
    MasterKeyring keyring = MasterKeyring.of(List.of(master));
    MasterKey other = MasterKey.generate();
    WrappedKey wrapped = other.wrap(DataKey.generate(), 9);

    assertThatThrownBy(() -> keyring.unwrap(wrapped, 9))
        .isInstanceOf(UnknownMasterKeyException.class)
        .hasMessageContaining(other.id());
  }

  @Test
  void keepsItsInvariants() {
    MasterKeyring keyring = MasterKeyring.of(List.of(master));

    assertThatThrownBy(() -> keyring.retire(master.id()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keyring.rotatedTo(master))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MasterKeyring.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
