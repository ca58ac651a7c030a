package org.reliefledger.cases.vault.control;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reliefledger.cases.vault.KeyringFile;
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

  /** A shred as the {@code Vault} boundary runs it: in the transaction of a rotation. */
  Shred shred(long caseId) {
    return keys.rotateAfter(() -> cases.shred(caseId)).erased();
  }

  /** What the container does for {@code REQUIRES_NEW} and {@code REQUIRED}. */
  private final class RotationInItsOwnTransaction extends MasterKeyRotation {
    @Override
    public <T> Rotation<T> rotateAfter(KeyringFile file, Supplier<T> erasing) {
      return VaultDatabase.inTransaction(em, ignored -> super.rotateAfter(file, erasing));
    }

    @Override
    public MasterKeyring settle(KeyringFile file) {
      return em.getTransaction().isActive()
          ? super.settle(file)
          : VaultDatabase.inTransaction(em, ignored -> super.settle(file));
    }
  }
}
