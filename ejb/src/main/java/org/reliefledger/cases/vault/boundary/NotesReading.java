package org.reliefledger.cases.vault.boundary;

import java.util.List;
import java.util.Set;
import org.reliefledger.cases.vault.control.OpenedNote;
import org.reliefledger.disbursement.entity.NoteKind;

/** What {@link Vault#requestNotes} found; mapped to HTTP in one place in {@code web}. */
public sealed interface NotesReading {

  /**
   * The notes of the kinds the caller may read ({@code readable}), in clear; the read was audited.
   */
  record Revealed(Set<NoteKind> readable, List<OpenedNote> notes) implements NotesReading {
    @Override
    public String toString() {
      return "Revealed[" + readable + ", " + notes.size() + " notes]";
    }
  }

  record NoSuchRequest() implements NotesReading {}

  /** The caller may read no note of this request. */
  record Forbidden() implements NotesReading {}

  /** The case was shredded: its notes are gone. */
  record Gone() implements NotesReading {}
}
