package org.reliefledger.cases.vault.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reliefledger.cases.vault.DataKey;
import org.reliefledger.cases.vault.FieldBinding;
import org.reliefledger.cases.vault.InstructionsEnvelope;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.Sealed;
import org.reliefledger.cases.vault.Unsealed;
import org.reliefledger.cases.vault.entity.CaseKey;
import org.reliefledger.cases.vault.entity.CasePii;
import org.reliefledger.cases.vault.entity.RequestJustification;
import org.reliefledger.cases.vault.entity.RequestNote;
import org.reliefledger.cases.vault.entity.SealedInstructions;
import org.reliefledger.disbursement.entity.NoteKind;
import org.reliefledger.disbursement.entity.PaymentInstructions;

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
    Optional<Instant> shreddedAt = shreddedAt(caseId);
    if (shreddedAt.isPresent()) {
      return new Unsealed.Shredded<>(shreddedAt.get());
    }
    RequestJustification stored = em.find(RequestJustification.class, requestId);
    if (stored == null || stored.caseId() != caseId) {
      return new Unsealed.Absent<>();
    }
    return new Unsealed.Revealed<>(
        existingKey(caseId)
            .openText(stored.justification(), FieldBinding.justification(caseId, requestId)));
  }

  /**
   * Keeps {@code author}'s note of {@code kind} on a request under its case's key, replacing an
   * earlier one; a null {@code text} removes it.
   *
   * @return false, storing nothing, when the case was shredded
   */
  public boolean sealNote(long caseId, long requestId, NoteKind kind, String author, String text) {
    if (isShredded(caseId)) {
      return false;
    }
    var earlier = em.find(RequestNote.class, new RequestNote.Key(requestId, kind, author));
    if (text == null) {
      if (earlier != null) {
        em.remove(earlier);
      }
      return true;
    }
    var note =
        existingOrNewKey(caseId)
            .sealText(text, FieldBinding.requestNote(caseId, requestId, kind.name(), author));
    if (earlier == null) {
      em.persist(new RequestNote(requestId, caseId, kind, author, note, Instant.now()));
    } else {
      earlier.replace(note, Instant.now());
    }
    return true;
  }

  /** The notes of a request of the given kinds, oldest first, in clear. */
  public Unsealed<List<OpenedNote>> openNotes(long caseId, long requestId, Set<NoteKind> kinds) {
    Optional<Instant> shreddedAt = shreddedAt(caseId);
    if (shreddedAt.isPresent()) {
      return new Unsealed.Shredded<>(shreddedAt.get());
    }
    List<RequestNote> stored =
        em.createQuery(
                "SELECT n FROM RequestNote n WHERE n.requestId = :request AND n.caseId = :caseId"
                    + " ORDER BY n.writtenAt, n.author",
                RequestNote.class)
            .setParameter("request", requestId)
            .setParameter("caseId", caseId)
            .getResultStream()
            .filter(note -> kinds.contains(note.kind()))
            .toList();
    if (stored.isEmpty()) {
      return new Unsealed.Revealed<>(List.of());
    }
    DataKey dataKey = existingKey(caseId);
    return new Unsealed.Revealed<>(
        stored.stream()
            .map(
                note ->
                    new OpenedNote(
                        note.kind(),
                        note.author(),
                        dataKey.openText(
                            note.note(),
                            FieldBinding.requestNote(
                                caseId, requestId, note.kind().name(), note.author())),
                        note.writtenAt()))
            .toList());
  }

  /**
   * Keeps a request's payment instructions under its case's key, replacing earlier ones.
   *
   * @return false, storing nothing, when the case was shredded
   */
  public boolean sealInstructions(
      long caseId, long requestId, PaymentInstructions instructions, String writtenBy) {
    if (isShredded(caseId)) {
      return false;
    }
    Sealed envelope =
        InstructionsEnvelope.seal(instructions, existingOrNewKey(caseId), caseId, requestId);
    var earlier = em.find(SealedInstructions.class, requestId);
    if (earlier == null) {
      em.persist(new SealedInstructions(requestId, caseId, envelope, writtenBy, Instant.now()));
    } else {
      earlier.replace(envelope, writtenBy, Instant.now());
    }
    return true;
  }

  public Unsealed<PaymentInstructions> openInstructions(long caseId, long requestId) {
    Optional<Instant> shreddedAt = shreddedAt(caseId);
    if (shreddedAt.isPresent()) {
      return new Unsealed.Shredded<>(shreddedAt.get());
    }
    SealedInstructions stored = em.find(SealedInstructions.class, requestId);
    if (stored == null || stored.caseId() != caseId) {
      return new Unsealed.Absent<>();
    }
    return new Unsealed.Revealed<>(
        InstructionsEnvelope.open(stored.envelope(), existingKey(caseId), caseId, requestId));
  }

  /** Deletes a request's payment instructions, if any: it was paid or cancelled. */
  public void discardInstructions(long requestId) {
    em.createQuery("DELETE FROM SealedInstructions i WHERE i.requestId = :request")
        .setParameter("request", requestId)
        .executeUpdate();
  }

  public boolean isShredded(long caseId) {
    return shreddedAt(caseId).isPresent();
  }

  /** When the case was shredded, or empty while its values are sealed (or none ever were). */
  private Optional<Instant> shreddedAt(long caseId) {
    CasePii state = em.find(CasePii.class, caseId);
    return state == null ? Optional.empty() : state.shreddedAt();
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
    em.createQuery("DELETE FROM RequestNote n WHERE n.caseId = :caseId")
        .setParameter("caseId", caseId)
        .executeUpdate();
    em.createQuery("DELETE FROM SealedInstructions i WHERE i.caseId = :caseId")
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
    em.persist(CaseKey.of(caseId, keys.keyringForWrapping().wrap(dataKey, caseId), Instant.now()));
    return dataKey;
  }

  private DataKey unwrap(CaseKey key) {
    return keys.keyringHolding(key.masterKeyId()).unwrap(key.wrapped(), key.caseId());
  }
}
