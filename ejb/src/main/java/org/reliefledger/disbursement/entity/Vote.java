package org.reliefledger.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A member's live vote on one request; a changed vote replaces the decision in place (the audit
 * trail keeps every change). Refers to the request only, never to the case. A comment given with
 * the vote is not kept here: it is sealed in the vault ({@link NoteKind#VOTE_COMMENT}).
 */
@Entity
@Table(name = "disbursement_vote")
public class Vote {

  public static final int MAX_COMMENT_LENGTH = 1000;

  @Id
  @SequenceGenerator(
      name = "disbursement_vote_seq",
      sequenceName = "disbursement_vote_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disbursement_vote_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private DisbursementRequest request;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String member;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", nullable = false, length = 10)
  private Decision decision;

  @Column(name = "cast_at", nullable = false)
  private OffsetDateTime castAt;

  protected Vote() {}

  Vote(DisbursementRequest request, String member, Decision decision, Instant now) {
    this.request = request;
    this.member = member;
    change(decision, now);
  }

  final void change(Decision decision, Instant now) {
    this.decision = decision;
    this.castAt = now.atOffset(ZoneOffset.UTC);
  }

  public String member() {
    return member;
  }

  public Decision decision() {
    return decision;
  }

  public Instant castAt() {
    return castAt.toInstant();
  }

  @Override
  public String toString() {
    return "Vote[" + member + " " + decision + "]";
  }
}
