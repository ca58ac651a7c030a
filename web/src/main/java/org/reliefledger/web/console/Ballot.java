package org.reliefledger.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import java.util.Optional;
import org.reliefledger.cases.vault.boundary.JustificationReading;
import org.reliefledger.cases.vault.boundary.NotesReading;
import org.reliefledger.cases.vault.boundary.Vault;
import org.reliefledger.cases.vault.control.OpenedNote;
import org.reliefledger.disbursement.boundary.Disbursements;
import org.reliefledger.disbursement.boundary.RequestView;
import org.reliefledger.disbursement.boundary.VoteReceipt;
import org.reliefledger.disbursement.entity.Decision;
import org.reliefledger.disbursement.entity.NoteKind;
import org.reliefledger.disbursement.entity.VoteOutcome;

/** One member's vote or recusal on one request. */
@Named
@RequestScoped
public class Ballot {

  @Inject Disbursements disbursements;

  @Inject Vault vault;

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  private long id;
  private Optional<RequestView> request;
  private Decision decision;
  private String comment;
  private String reason;
  private String justification;
  private String impossibleWarning;
  private List<OpenedNote> notes;

  @PostConstruct
  void readPageKey() {
    id = PageKey.id(faces, "id");
  }

  public RequestView getRequest() {
    if (request == null) {
      request = disbursements.find(id);
    }
    return request.orElse(null);
  }

  public Decision[] getDecisions() {
    return Decision.values();
  }

  /** Opens the sealed justification for this member (the vault checks and audits the read). */
  public String readJustification() {
    JustificationReading reading = vault.justification(id, Callers.of(security));
    if (reading instanceof JustificationReading.Revealed revealed) {
      justification = revealed.justification();
    } else {
      Texts.error(faces, null, "vote.justificationUnavailable");
    }
    return null;
  }

  /** The justification just opened, or null. */
  public String getJustification() {
    return justification;
  }

  /**
   * Opens the members' comments and reasons for this member (the vault checks and audits the read).
   */
  public String readNotes() {
    NotesReading reading = vault.requestNotes(id, Callers.of(security));
    if (reading instanceof NotesReading.Revealed revealed
        && revealed.readable().contains(NoteKind.VOTE_COMMENT)) {
      notes = revealed.notes();
    } else {
      Texts.error(faces, null, "vote.notesUnavailable");
    }
    return null;
  }

  /** The comments and reasons just opened (empty when there are none), or null. */
  public List<OpenedNote> getNotes() {
    return notes;
  }

  public String vote() {
    return answer(disbursements.vote(id, member(), decision, comment), "vote.counted");
  }

  /** Recuses, unless that would leave approval out of reach: then it asks first. */
  public String recuse() {
    var receipt = disbursements.recuse(id, member(), reason, false);
    if (receipt.isPresent()
        && receipt.get().outcome() instanceof VoteOutcome.WouldMakeImpossible impossible) {
      impossibleWarning =
          Texts.text(
              faces,
              "vote.wouldMakeImpossible",
              impossible.eligibleAfter(),
              impossible.approvalsNeeded());
      return null;
    }
    return answer(receipt, "vote.recusedDone");
  }

  /** The confirm step: recuses although the request will then be rejected. */
  public String recuseAnyway() {
    return answer(disbursements.recuse(id, member(), reason, true), "vote.recusedDone");
  }

  /** What recusing would do, while the member is asked to confirm; else null. */
  public String getImpossibleWarning() {
    return impossibleWarning;
  }

  private String answer(Optional<VoteReceipt> receipt, String countedKey) {
    if (receipt.isEmpty()) {
      Texts.error(faces, null, "payment.noSuchRequest");
      return null;
    }
    VoteOutcome outcome = receipt.get().outcome();
    if (outcome instanceof VoteOutcome.Counted) {
      Texts.done(faces, countedKey, id);
    } else if (outcome instanceof VoteOutcome.Approved) {
      Texts.done(faces, "vote.approved", id);
    } else if (outcome instanceof VoteOutcome.Rejected) {
      Texts.done(faces, "vote.rejected", id);
    } else if (outcome instanceof VoteOutcome.AwaitingFunds awaiting) {
      Texts.done(faces, "vote.awaitingFunds", id, awaiting.available().toDecimalString());
    } else {
      Texts.error(faces, null, refusalKey(outcome));
      return null;
    }
    return "/committee/requests.xhtml?faces-redirect=true";
  }

  private static String refusalKey(VoteOutcome outcome) {
    if (outcome instanceof VoteOutcome.AlreadyRecused) {
      return "vote.alreadyRecused";
    }
    if (outcome instanceof VoteOutcome.RequesterMayNotVote) {
      return "vote.requester";
    }
    if (outcome instanceof VoteOutcome.RecusedMayNotVote) {
      return "vote.recused";
    }
    if (outcome instanceof VoteOutcome.NotOnCommittee) {
      return "vote.notOnCommittee";
    }
    return "vote.closed";
  }

  private String member() {
    return security.getCallerPrincipal().getName();
  }

  public long getId() {
    return id;
  }

  public Decision getDecision() {
    return decision;
  }

  public void setDecision(Decision decision) {
    this.decision = decision;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
