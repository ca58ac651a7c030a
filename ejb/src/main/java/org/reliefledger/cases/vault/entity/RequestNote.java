package org.reliefledger.cases.vault.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.reliefledger.cases.vault.Sealed;
import org.reliefledger.disbursement.entity.NoteKind;

/**
 * A note a user wrote about a disbursement request (a vote comment, a recusal or cancellation
 * reason, a payment reference), sealed under the case's data key and bound to the request, its kind
 * and its author. At most one per request, kind and author: a changed vote replaces its comment.
 * Shredding the case deletes it with the key.
 */
@Entity
@Table(name = "request_note")
@IdClass(RequestNote.Key.class)
public class RequestNote {

  @Id
  @Column(name = "request_id")
  private long requestId;

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "note_kind", length = 20)
  private NoteKind kind;

  @Id
  @Column(name = "author", length = 64)
  private String author;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(name = "note_nonce", nullable = false)
  private byte[] nonce;

  @Column(name = "note_sealed", nullable = false)
  private byte[] sealed;

  @Column(name = "written_at", nullable = false)
  private OffsetDateTime writtenAt;

  protected RequestNote() {}

  public RequestNote(
      long requestId, long caseId, NoteKind kind, String author, Sealed note, Instant now) {
    this.requestId = requestId;
    this.caseId = caseId;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.author = Objects.requireNonNull(author, "author");
    replace(note, now);
  }

  /** Keeps {@code note} instead of the earlier one. */
  public void replace(Sealed note, Instant now) {
    this.nonce = note.nonce();
    this.sealed = note.ciphertext();
    this.writtenAt = UtcTime.column(now);
  }

  public long requestId() {
    return requestId;
  }

  public long caseId() {
    return caseId;
  }

  public NoteKind kind() {
    return kind;
  }

  public String author() {
    return author;
  }

  public Sealed note() {
    return new Sealed(nonce, sealed);
  }

  public Instant writtenAt() {
    return UtcTime.instant(writtenAt);
  }

  @Override
  public String toString() {
    return "RequestNote[request " + requestId + ", " + kind + ", " + author + "]";
  }

  /** The composite id: one note per request, kind and author. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private long requestId;
    private NoteKind kind;
    private String author;

    public Key() {}

    public Key(long requestId, NoteKind kind, String author) {
      this.requestId = requestId;
      this.kind = kind;
      this.author = author;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && requestId == that.requestId
          && kind == that.kind
          && Objects.equals(author, that.author);
    }

    @Override
    public int hashCode() {
      return Objects.hash(requestId, kind, author);
    }
  }
}
