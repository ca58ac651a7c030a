package org.reliefledger.cases.vault.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.reliefledger.cases.vault.DataKey;
import org.reliefledger.cases.vault.FieldBinding;
import org.reliefledger.cases.vault.MasterKey;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.Unsealed;
import org.reliefledger.cases.vault.VaultKeyException;
import org.reliefledger.cases.vault.entity.CaseKey;
import org.reliefledger.cases.vault.entity.CasePii;
import org.reliefledger.cases.vault.entity.RegisteredMasterKey;
import org.reliefledger.cases.vault.entity.RequestJustification;

/**
 * Seals, opens and shreds the sealed values of cases. A case gets its data key with the first value
 * sealed for it. It decides nothing about who may do what: the {@code Vault} boundary does that
 * before calling here.
 */
@Stateless
public class SealedCases {

  @PersistenceContext EntityManager em;

  @EJB VaultKeys keys;

  /**
   * Seals a case's details, if intake kept any, replacing earlier ones.
   *
   * @return false, storing nothing, when the case was shredded
   */
  public boolean sealPii(long caseId, PiiRecord pii) {
    CasePii state = em.find(CasePii.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    if (state != null && state.isShredded()) {
      return false;
    }
    DataKey dataKey = existingOrNewKey(caseId);
    if (state == null) {
      state = CasePii.withoutEnvelope(caseId);
      em.persist(state);
    }
    if (!pii.isEmpty()) {
      state.replaceEnvelope(pii.sealWith(dataKey, caseId), Instant.now());
    }
    return true;
  }

  public Unsealed<PiiRecord> readPii(long caseId) {
    CasePii state = em.find(CasePii.class, caseId);
    if (state == null) {
      return new Unsealed.Absent<>();
    }
    if (state.isShredded()) {
      return new Unsealed.Shredded<>(state.shreddedAt().orElseThrow());
    }
    return state
        .envelope()
        .<Unsealed<PiiRecord>>map(
            envelope ->
                new Unsealed.Revealed<>(PiiRecord.openWith(existingKey(caseId), envelope, caseId)))
        .orElseGet(Unsealed.Absent::new);
  }

  /**
   * Seals a request's justification under its case's key.
   *
   * @return false, storing nothing, when the case was shredded
   */
  public boolean sealJustification(long caseId, long requestId, String justification) {
    if (isShredded(caseId)) {
      return false;
    }
    DataKey dataKey = existingOrNewKey(caseId);
    em.persist(
        new RequestJustification(
            requestId,
            caseId,
            dataKey.sealText(justification, FieldBinding.justification(caseId, requestId))));
    return true;
  }

  public Unsealed<String> openJustification(long caseId, long requestId) {
    CasePii state = em.find(CasePii.class, caseId);
    if (state != null && state.isShredded()) {
      return new Unsealed.Shredded<>(state.shreddedAt().orElseThrow());
    }
    RequestJustification stored = em.find(RequestJustification.class, requestId);
    if (stored == null || stored.caseId() != caseId) {
      return new Unsealed.Absent<>();
    }
    return new Unsealed.Revealed<>(
        existingKey(caseId)
            .openText(stored.justification(), FieldBinding.justification(caseId, requestId)));
  }

  public boolean isShredded(long caseId) {
    CasePii state = em.find(CasePii.class, caseId);
    return state != null && state.isShredded();
  }

  /**
   * Destroys the case's data key and drops its sealed values. Safe to run twice and on several
   * instances at once: the case's vault row is locked and the first shred time is kept. Run it only
   * inside {@link VaultKeys#rotateAfter}: the deleted row lingers in the database's files, and only
   * the rotation destroys the master key that wrapped it.
   *
   * @return when the case was (first) shredded, and whether by this call
   */
  public Shred shred(long caseId) {
    CasePii state = em.find(CasePii.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    if (state == null) {
      state = CasePii.withoutEnvelope(caseId);
      em.persist(state);
    }
    CaseKey key = em.find(CaseKey.class, caseId);
    if (key != null) {
      em.remove(key);
    }
    em.createQuery("DELETE FROM RequestJustification j WHERE j.caseId = :caseId")
        .setParameter("caseId", caseId)
        .executeUpdate();
    boolean byThisCall = !state.isShredded();
    state.shred(Instant.now());
    return new Shred(state.shreddedAt().orElseThrow(), byThisCall);
  }

  private DataKey existingKey(long caseId) {
    CaseKey key = em.find(CaseKey.class, caseId);
    if (key == null) {
      throw new IllegalStateException("case " + caseId + " has sealed values but no data key");
    }
    return unwrap(key);
  }

  private DataKey existingOrNewKey(long caseId) {
    CaseKey key = em.find(CaseKey.class, caseId);
    if (key != null) {
      return unwrap(key);
    }
    DataKey dataKey = DataKey.generate();
    em.persist(CaseKey.of(caseId, currentKeyring().wrap(dataKey, caseId), Instant.now()));
    return dataKey;
  }

  /**
   * Unwraps with this instance's keyring; a key wrapped by a master key it does not hold sends it
   * to the key file once (another instance sharing the file rotated).
   */
  private DataKey unwrap(CaseKey key) {
    MasterKeyring keyring = keys.keyring();
    if (keyring.find(key.masterKeyId()).isEmpty()) {
      keyring = keys.reload();
    }
    return keyring.unwrap(key.wrapped(), key.caseId());
  }

  /**
   * The keyring, once the database confirmed its primary is not retired. The share lock on the
   * primary's row waits for a running rotation, so no data key is wrapped under a key that a
   * rotation on another instance is retiring. A retired primary sends this instance to its key file
   * once (another instance sharing the file rotated).
   */
  private MasterKeyring currentKeyring() {
    MasterKeyring keyring = keys.keyring();
    if (!isCurrent(keyring.primary())) {
      keyring = keys.reload();
      if (!isCurrent(keyring.primary())) {
        throw VaultKeyException.primaryRetired(keyring.primary().id());
      }
    }
    return keyring;
  }

  private boolean isCurrent(MasterKey primary) {
    RegisteredMasterKey registered =
        em.find(RegisteredMasterKey.class, primary.id(), LockModeType.PESSIMISTIC_READ);
    return registered != null && !registered.isRetired();
  }
}
