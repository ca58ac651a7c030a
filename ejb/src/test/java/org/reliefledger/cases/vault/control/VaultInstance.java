package org.reliefledger.cases.vault.control;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.Unsealed;

/**
 * One application instance's vault, wired by hand as the container would wire it: its own entity
 * manager, key file, keyring singleton and controls.
 */
final class VaultInstance {

  final EntityManager em;
  final VaultKeys keys = new VaultKeys();
  final SealedCases cases = new SealedCases();

  VaultInstance(VaultDatabase database, Path keyFile) {
    em = database.entityManager();
    keys.em = em;
    keys.dataDir = "unused-when-the-key-file-is-configured";
    keys.keyFilePath = Optional.of(keyFile.toString());
    keys.rotation = new RotationInItsOwnTransaction();
    keys.rotation.em = em;
    cases.em = em;
    cases.keys = keys;
  }

  VaultInstance start() {
    VaultDatabase.inTransaction(
        em,
        ignored -> {
          keys.open();
          return null;
        });
    return this;
  }

  /** Runs one business method of {@link SealedCases} in its transaction. */
  <T> T call(Function<SealedCases, T> work) {
    return VaultDatabase.inTransaction(em, ignored -> work.apply(cases));
  }

  boolean sealPii(long caseId, PiiRecord pii) {
    return call(cases -> cases.sealPii(caseId, pii));
  }

  Unsealed<PiiRecord> readPii(long caseId) {
    return call(cases -> cases.readPii(caseId));
  }

  Unsealed<String> justification(long caseId, long requestId) {
    return call(cases -> cases.openJustification(caseId, requestId));
  }

  Shred shred(long caseId) {
    return call(cases -> cases.shred(caseId));
  }

  /** What the container does for {@code REQUIRES_NEW}. */
  private final class RotationInItsOwnTransaction extends MasterKeyRotation {
    @Override
    public int rewrapAll(MasterKeyring rotating) {
      return VaultDatabase.inTransaction(em, ignored -> super.rewrapAll(rotating));
    }
  }
}
