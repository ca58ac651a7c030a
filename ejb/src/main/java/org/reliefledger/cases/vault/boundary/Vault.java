package org.reliefledger.cases.vault.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.cases.entity.Case;
import org.reliefledger.cases.entity.CaseCode;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.Unsealed;
import org.reliefledger.cases.vault.control.OpenedNote;
import org.reliefledger.cases.vault.control.SealedCases;
import org.reliefledger.cases.vault.control.SealedDonors;
import org.reliefledger.cases.vault.control.Shred;
import org.reliefledger.cases.vault.control.VaultKeys;
import org.reliefledger.cases.vault.entity.CaseIntakeAssignment;
import org.reliefledger.cases.vault.entity.InstructionsAccess;
import org.reliefledger.cases.vault.entity.JustificationAccess;
import org.reliefledger.cases.vault.entity.NoteAccess;
import org.reliefledger.cases.vault.entity.PiiAccess;
import org.reliefledger.disbursement.entity.DisbursementRequest;
import org.reliefledger.disbursement.entity.NoteKind;
import org.reliefledger.disbursement.entity.PaymentInstructions;
import org.reliefledger.giving.entity.Donation;
import org.reliefledger.giving.entity.DonorDetails;

/**
 * The one door to a case's sealed personal data, its requests' sealed justifications and notes, and
 * donors' sealed details. It decides who may read and shred, records every read and shred in the
 * audit trail (codes only, never a value), and hands clear values only to the caller that asked.
 */
@Stateless
public class Vault {

  static final String CASE = "case";
  static final String REQUEST = "disbursement-request";
  static final String DONATION = "donation";
  static final String TREASURER = "TREASURER";
  static final String PAYMENT_INSTRUCTIONS_DETAIL = "payment-instructions";

  @EJB SealedCases sealed;

  @EJB SealedDonors donors;

  @EJB VaultKeys keys;

  @Inject Audit audit;

  @PersistenceContext EntityManager em;

  /** Reveals a case's details to an intake user assigned to it, and audits the read. */
  public PiiReading readPii(CaseCode code, Caller caller, PiiReadReason reason) {
    Optional<Case> found = find(code);
    if (found.isEmpty()) {
      return new PiiReading.NoSuchCase();
    }
    Case theCase = found.get();
    if (!access(theCase).mayRead(caller.username(), caller.roles())) {
      audit.record("PII_READ_REFUSED", CASE, code.value(), "reason=" + reason.name());
      return new PiiReading.Forbidden();
    }
    Unsealed<PiiRecord> unsealed = sealed.readPii(theCase.id());
    if (unsealed instanceof Unsealed.Shredded<PiiRecord> shredded) {
      return new PiiReading.Gone(shredded.shreddedAt());
    }
    audit.record("PII_READ", CASE, code.value(), "reason=" + reason.name());
    return new PiiReading.Revealed(
        unsealed instanceof Unsealed.Revealed<PiiRecord> revealed
            ? revealed.value()
            : PiiRecord.empty());
  }

  /**
   * Destroys a case's data key on request of an admin or an intake user assigned to it, with the
   * master key that wrapped it (see {@link VaultKeys#rotateAfter}).
   */
  public ShredOutcome shred(CaseCode code, Caller caller) {
    Optional<Case> found = find(code);
    if (found.isEmpty()) {
      return new ShredOutcome.NoSuchCase();
    }
    Case theCase = found.get();
    if (!access(theCase).mayShred(caller.username(), caller.roles())) {
      return new ShredOutcome.Forbidden();
    }
    long caseId = theCase.id();
    Shred shred =
        keys.rotateAfter(() -> shredAndAudit(caseId, code.value(), "on request")).erased();
    return new ShredOutcome.Shredded(shred.shreddedAt());
  }

  /**
   * Shreds the cases past their retention period, with one master key rotation for all of them.
   *
   * @param codeByCaseId the due cases' codes by their ids
   * @return how many of them this call shredded (another instance may have been first)
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int shredForRetention(Map<Long, String> codeByCaseId) {
    return keys.rotateAfter(
            () ->
                codeByCaseId.entrySet().stream()
                    .map(
                        due -> shredAndAudit(due.getKey(), due.getValue(), "retention period over"))
                    .filter(Shred::byThisCall)
                    .count())
        .erased()
        .intValue();
  }

  /** Runs in the rotation's transaction: the audit event commits with the shred or not at all. */
  private Shred shredAndAudit(long caseId, String code, String why) {
    Shred shred = sealed.shred(caseId);
    if (shred.byThisCall()) {
      audit.record("PII_SHREDDED", CASE, code, why);
    }
    return shred;
  }

  /**
   * A request's justification in clear, for a committee member who may vote on it (not its
   * requester, not recused); the read is audited.
   */
  public JustificationReading justification(long requestId, Caller caller) {
    DisbursementRequest request = em.find(DisbursementRequest.class, requestId);
    if (request == null) {
      return new JustificationReading.NoSuchRequest();
    }
    JustificationAccess access =
        new JustificationAccess(request.requestedBy(), request.recusedMembers());
    if (!access.mayRead(caller.username(), caller.roles())) {
      audit.record("JUSTIFICATION_READ_REFUSED", REQUEST, Long.toString(requestId), null);
      return new JustificationReading.Forbidden();
    }
    Unsealed<String> unsealed = sealed.openJustification(request.caseId(), requestId);
    if (unsealed instanceof Unsealed.Revealed<String> revealed) {
      audit.record("JUSTIFICATION_READ", REQUEST, Long.toString(requestId), null);
      return new JustificationReading.Revealed(revealed.value());
    }
    return new JustificationReading.Gone();
  }

  /**
   * The notes on a request (vote comments, recusal and cancellation reasons, the payment reference)
   * of the kinds the caller may read ({@link NoteAccess}); the read is audited with those kinds.
   */
  public NotesReading requestNotes(long requestId, Caller caller) {
    DisbursementRequest request = em.find(DisbursementRequest.class, requestId);
    if (request == null) {
      return new NotesReading.NoSuchRequest();
    }
    Set<NoteKind> readable =
        new NoteAccess(request.requestedBy(), request.recusedMembers())
            .readableBy(caller.username(), caller.roles());
    if (readable.isEmpty()) {
      return new NotesReading.Forbidden();
    }
    Unsealed<List<OpenedNote>> unsealed = sealed.openNotes(request.caseId(), requestId, readable);
    if (unsealed instanceof Unsealed.Revealed<List<OpenedNote>> revealed) {
      audit.record(
          "REQUEST_NOTES_READ",
          REQUEST,
          Long.toString(requestId),
          "kinds=" + String.join(",", new TreeSet<>(readable.stream().map(Enum::name).toList())));
      return new NotesReading.Revealed(readable, revealed.value());
    }
    return new NotesReading.Gone();
  }

  /**
   * Seals a request's payment instructions under its case's key for an intake user assigned to the
   * case, while the request is open or approved; replaces earlier ones. Audited without a value.
   */
  public InstructionsKeeping keepPaymentInstructions(
      long requestId, PaymentInstructions instructions, Caller caller) {
    DisbursementRequest request = em.find(DisbursementRequest.class, requestId);
    if (request == null) {
      return new InstructionsKeeping.NoSuchRequest();
    }
    InstructionsAccess access = instructionsAccess(request);
    if (!access.mayWrite(caller.username(), caller.roles())) {
      return new InstructionsKeeping.Forbidden();
    }
    if (!access.stillPayable()) {
      return new InstructionsKeeping.Closed(request.status());
    }
    if (!sealed.sealInstructions(request.caseId(), requestId, instructions, caller.username())) {
      return new InstructionsKeeping.Gone();
    }
    audit.record(
        "PAYMENT_INSTRUCTIONS_SEALED",
        REQUEST,
        Long.toString(requestId),
        "method=" + instructions.method());
    return new InstructionsKeeping.Kept();
  }

  /**
   * A request's payment instructions in clear, for the treasurer while the request is approved; the
   * read is audited as a {@code PII_READ} of the request.
   */
  public InstructionsReading paymentInstructions(long requestId, Caller caller) {
    if (!InstructionsAccess.mayRead(caller.roles())) {
      audit.record(
          "PII_READ_REFUSED", REQUEST, Long.toString(requestId), PAYMENT_INSTRUCTIONS_DETAIL);
      return new InstructionsReading.Forbidden();
    }
    DisbursementRequest request = em.find(DisbursementRequest.class, requestId);
    if (request == null) {
      return new InstructionsReading.NoSuchRequest();
    }
    InstructionsAccess access = instructionsAccess(request);
    if (access.settled()) {
      return new InstructionsReading.Gone();
    }
    if (!access.readable()) {
      return new InstructionsReading.NotApproved(request.status());
    }
    Unsealed<PaymentInstructions> unsealed = sealed.openInstructions(request.caseId(), requestId);
    if (unsealed instanceof Unsealed.Shredded<PaymentInstructions>) {
      return new InstructionsReading.Gone();
    }
    if (unsealed instanceof Unsealed.Revealed<PaymentInstructions> revealed) {
      audit.record("PII_READ", REQUEST, Long.toString(requestId), PAYMENT_INSTRUCTIONS_DETAIL);
      return new InstructionsReading.Revealed(revealed.value());
    }
    return new InstructionsReading.NoneGiven();
  }

  private InstructionsAccess instructionsAccess(DisbursementRequest request) {
    return new InstructionsAccess(request.status(), access(em.find(Case.class, request.caseId())));
  }

  /** A donation's donor in clear, for the treasurer; the read is audited. */
  public DonorReading donor(long donationId, Caller caller) {
    if (!caller.roles().contains(TREASURER)) {
      return new DonorReading.Forbidden();
    }
    Donation donation = em.find(Donation.class, donationId);
    if (donation == null) {
      return new DonorReading.NoSuchDonation();
    }
    if (donation.donorDetails() == DonorDetails.NONE) {
      return new DonorReading.Anonymous();
    }
    var donor = donors.open(donationId);
    if (donor.isEmpty()) {
      return new DonorReading.NotKept();
    }
    audit.record("DONOR_READ", DONATION, Long.toString(donationId), null);
    return new DonorReading.Revealed(donor.get());
  }

  /**
   * Proposes that an intake user read and shred a case's details like its creator (admins only); it
   * takes effect when a second admin confirms it ({@link #confirmIntake}). Only an existing user
   * who holds INTAKE may be proposed, so a name cannot be reserved for an account made later.
   */
  public IntakeAssignment assignIntake(CaseCode code, String username, Caller admin) {
    Optional<Case> found = find(code);
    if (found.isEmpty()) {
      return new IntakeAssignment.NoSuchCase();
    }
    if (!holdsIntake(username)) {
      return new IntakeAssignment.NotAnIntakeUser();
    }
    long caseId = found.get().id();
    var earlier =
        em.find(CaseIntakeAssignment.class, new CaseIntakeAssignment.Key(caseId, username));
    if (earlier != null) {
      return earlier.isConfirmed()
          ? new IntakeAssignment.Assigned()
          : new IntakeAssignment.Proposed(earlier.proposedBy());
    }
    em.persist(new CaseIntakeAssignment(caseId, username, admin.username(), Instant.now()));
    audit.record("CASE_INTAKE_ASSIGNMENT_PROPOSED", CASE, code.value(), "user=" + username);
    return new IntakeAssignment.Proposed(admin.username());
  }

  /** Puts a proposed intake assignment in force, confirmed by a second admin. */
  public IntakeConfirmation confirmIntake(CaseCode code, String username, Caller admin) {
    Optional<Case> found = find(code);
    var assignment =
        found.isEmpty()
            ? null
            : em.find(
                CaseIntakeAssignment.class,
                new CaseIntakeAssignment.Key(found.get().id(), username),
                LockModeType.PESSIMISTIC_WRITE);
    if (assignment == null) {
      return new IntakeConfirmation.NoSuchAssignment();
    }
    if (assignment.isConfirmed()) {
      return new IntakeConfirmation.AlreadyConfirmed();
    }
    if (assignment.isProposedBy(admin.username()) || username.equals(admin.username())) {
      return new IntakeConfirmation.NotASecondPerson();
    }
    assignment.confirm(admin.username(), Instant.now());
    audit.record(
        "CASE_INTAKE_ASSIGNED",
        CASE,
        code.value(),
        "user=" + username + " proposed by " + assignment.proposedBy());
    return new IntakeConfirmation.Confirmed();
  }

  /** The intake assignments waiting for a second admin, oldest case first. */
  public List<PendingAssignment> pendingIntakeAssignments() {
    return em
        .createQuery(
            "SELECT c.code, a.username, a.signatures.proposedBy FROM CaseIntakeAssignment a, Case c"
                + " WHERE c.id = a.caseId AND a.signatures.confirmedAt IS NULL"
                + " ORDER BY c.id, a.username",
            Object[].class)
        .getResultList()
        .stream()
        .map(row -> new PendingAssignment((String) row[0], (String) row[1], (String) row[2]))
        .toList();
  }

  /** Re-wraps every data key under a new master key (admins only). */
  public VaultKeys.Rotated rotateMasterKey() {
    VaultKeys.Rotated rotated = keys.rotate();
    audit.record(
        "VAULT_MASTER_KEY_ROTATED",
        "vault-master-key",
        rotated.newMasterKeyId(),
        "rewrapped=" + rotated.rewrapped() + " retired=" + rotated.retiredMasterKeyIds());
    return rotated;
  }

  private PiiAccess access(Case theCase) {
    return new PiiAccess(
        theCase.createdBy(),
        new HashSet<>(
            em.createQuery(
                    "SELECT a.username FROM CaseIntakeAssignment a WHERE a.caseId = :caseId"
                        + " AND a.signatures.confirmedAt IS NOT NULL",
                    String.class)
                .setParameter("caseId", theCase.id())
                .getResultList()));
  }

  /** Read from the identity tables by SQL: the vault depends on their schema, not their classes. */
  private boolean holdsIntake(String username) {
    Number users =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                        + " WHERE u.username = ?1 AND r.role = 'INTAKE'")
                .setParameter(1, username)
                .getSingleResult();
    return users.longValue() > 0;
  }

  private Optional<Case> find(CaseCode code) {
    return em.createNamedQuery(Case.BY_CODE, Case.class)
        .setParameter("code", code.value())
        .getResultStream()
        .findFirst();
  }
}
