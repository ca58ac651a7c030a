package org.reliefledger.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Set;
import org.reliefledger.cases.vault.boundary.NotesReading;
import org.reliefledger.cases.vault.boundary.Vault;
import org.reliefledger.cases.vault.control.OpenedNote;
import org.reliefledger.disbursement.entity.NoteKind;

/**
 * The notes users wrote about a request (vote comments, recusal and cancellation reasons, the
 * payment reference), opened from the vault for those who need them: the committee members who may
 * vote on it read the first three, the treasurer the payment reference and the cancellation reason.
 * Each read is audited with the kinds read, never the text, and never cached.
 */
@Path("disbursement-requests/{id}/notes")
@Produces(MediaType.APPLICATION_JSON)
public class RequestNotesResource {

  /** One note as the API shows it. */
  public record NoteJson(String kind, String author, String text, String writtenAt) {
    static NoteJson of(OpenedNote note) {
      return new NoteJson(
          note.kind().name(), note.author(), note.text(), note.writtenAt().toString());
    }

    @Override
    public String toString() {
      return "NoteJson[" + kind + ", " + author + "]";
    }
  }

  /** The notes of the kinds the caller may read ({@code kinds}), oldest first. */
  public record NotesJson(long requestId, List<String> kinds, List<NoteJson> notes) {
    static NotesJson of(long requestId, Set<NoteKind> kinds, List<OpenedNote> notes) {
      return new NotesJson(
          requestId,
          kinds.stream().map(NoteKind::name).sorted().toList(),
          notes.stream().map(NoteJson::of).toList());
    }
  }

  @Inject Vault vault;

  @Context SecurityContext security;

  @GET
  @RolesAllowed({"COMMITTEE", "TREASURER"})
  public Response read(@PathParam("id") long id) {
    NotesReading reading = vault.requestNotes(id, VaultCaller.of(security));
    if (reading instanceof NotesReading.Revealed revealed) {
      return VaultResponses.revealed(NotesJson.of(id, revealed.readable(), revealed.notes()));
    }
    if (reading instanceof NotesReading.Forbidden) {
      return Responses.error(
          403,
          "forbidden",
          "Only committee members who may vote on this request, and the treasurer, read its"
              + " notes.",
          null);
    }
    if (reading instanceof NotesReading.Gone) {
      return Responses.error(
          410, "gone", "This request's case was shredded: its notes are gone.", null);
    }
    return Responses.error(404, "not_found", "There is no request with this id.", null);
  }
}
