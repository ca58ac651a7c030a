package org.reliefledger.disbursement.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A member stepping aside from one request (a conflict of interest). The reason given is not kept
 * here: it is sealed in the vault ({@link NoteKind#RECUSAL_REASON}).
 */
@Entity
@Table(name = "disbursement_recusal")
public class Recusal {

  public static final int MAX_REASON_LENGTH = 500;

  @Id
  @SequenceGenerator(
      name = "disbursement_recusal_seq",
      sequenceName = "disbursement_recusal_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disbursement_recusal_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private DisbursementRequest request;

  @Column(name = "username", nullable = false, updatable = false, length = 64)
  private String member;

  @Column(name = "recused_at", nullable = false, updatable = false)
  private OffsetDateTime recusedAt;

  protected Recusal() {}

  Recusal(DisbursementRequest request, String member, Instant now) {
    this.request = request;
    this.member = member;
    this.recusedAt = now.atOffset(ZoneOffset.UTC);
  }

  public String member() {
    return member;
  }

  public Instant recusedAt() {
    return recusedAt.toInstant();
  }

  @Override
  public String toString() {
    return "Recusal[" + member + "]";
  }
}
