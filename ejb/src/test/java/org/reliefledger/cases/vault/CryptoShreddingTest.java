package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Shredding deletes a case's wrapped data key. These tests play the attacker who kept an old copy
 * of the sealed rows and holds the master key and every other case's key.
 */
class CryptoShreddingTest {

  private static final long SHREDDED_CASE = 1;
  private static final PiiRecord CANARY =
      new PiiRecord("Canary Quokka Zyxwvut", "+1 555 0199", null, null);

  private final MasterKeyring keyring = MasterKeyring.generate();
  private final Map<Long, WrappedKey> caseKeyTable = new HashMap<>();

  @Test
  void anOldCopyOfTheSealedRowsDoesNotOpenWithTheMasterKeyAndTheRemainingKeys() {
    DataKey shreddedKey = DataKey.generate();
    caseKeyTable.put(SHREDDED_CASE, keyring.wrap(shreddedKey, SHREDDED_CASE));
    caseKeyTable.put(2L, keyring.wrap(DataKey.generate(), 2));
    caseKeyTable.put(3L, keyring.wrap(DataKey.generate(), 3));
    Sealed oldCopy = CANARY.sealWith(shreddedKey, SHREDDED_CASE);

    caseKeyTable.remove(SHREDDED_CASE);

    for (Map.Entry<Long, WrappedKey> row : caseKeyTable.entrySet()) {
      DataKey otherKey = keyring.unwrap(row.getValue(), row.getKey());
      assertThatThrownBy(() -> PiiRecord.openWith(otherKey, oldCopy, SHREDDED_CASE))
          .isInstanceOf(SealBrokenException.class);
    }
    DataKey masterMaterialAsDataKey = DataKey.fromMaterial(keyring.primary().material());
    assertThatThrownBy(() -> PiiRecord.openWith(masterMaterialAsDataKey, oldCopy, SHREDDED_CASE))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void aBackupTakenBeforeTheShredStopsOpeningOnceTheMasterKeyIsRotatedAway() {
    DataKey shreddedKey = DataKey.generate();
    WrappedKey backedUpWrappedKey = keyring.wrap(shreddedKey, SHREDDED_CASE);
    Sealed backedUpEnvelope = CANARY.sealWith(shreddedKey, SHREDDED_CASE);
    WrappedKey survivor = keyring.wrap(DataKey.generate(), 2);

    MasterKeyring rotating = keyring.rotatedTo(MasterKey.generate());
    WrappedKey survivorRewrapped = rotating.rewrap(survivor, 2);
    MasterKeyring afterRotation = rotating.retire(keyring.primary().id());

    assertThat(afterRotation.unwrap(survivorRewrapped, 2)).isNotNull();
    assertThatThrownBy(() -> afterRotation.unwrap(backedUpWrappedKey, SHREDDED_CASE))
        .isInstanceOf(UnknownMasterKeyException.class);
    MasterKey newMasterUnderOldName =
        MasterKey.of(keyring.primary().id(), afterRotation.primary().material());
    assertThatThrownBy(() -> newMasterUnderOldName.unwrap(backedUpWrappedKey, SHREDDED_CASE))
        .isInstanceOf(SealBrokenException.class);
    assertThatThrownBy(
            () -> PiiRecord.openWith(DataKey.generate(), backedUpEnvelope, SHREDDED_CASE))
        .isInstanceOf(SealBrokenException.class);
  }
}
