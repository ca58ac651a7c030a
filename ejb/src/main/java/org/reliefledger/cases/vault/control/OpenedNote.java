package org.reliefledger.cases.vault.control;

import java.time.Instant;
import org.reliefledger.disbursement.entity.NoteKind;

/** A request's note in clear, for the one caller who may read it; never printed. */
public record OpenedNote(NoteKind kind, String author, String text, Instant writtenAt) {

  @Override
  public String toString() {
    return "OpenedNote[" + kind + ", " + author + ", redacted]";
  }
}
