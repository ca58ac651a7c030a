package org.reliefledger.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.EntryView;
import org.reliefledger.ledger.entity.IdempotentRequest;

/** Reverses one journal entry: a new entry with every posting's side swapped. */
@Named
@RequestScoped
public class ReversalForm extends DatedForm {

  @Inject Ledger ledger;

  @Inject FacesContext faces;

  private long id;
  private Optional<EntryView> entry;

  @PostConstruct
  void readPageKey() {
    id = PageKey.id(faces, "id");
  }

  public EntryView getEntry() {
    if (entry == null) {
      entry = ledger.entry(id);
    }
    return entry.orElse(null);
  }

  public String reverse() {
    EntryResult result =
        ledger.reverseStandalone(
            id,
            getDate(),
            getMemo(),
            IdempotentRequest.forReversal(getKey(), id, getDate(), getMemo()));
    if (result instanceof EntryResult.Posted posted) {
      Texts.done(faces, "reversal.done", posted.entry().sequence());
      return "/ledger/journal.xhtml?faces-redirect=true";
    }
    LedgerRefusals.show(faces, result, "reverse");
    return null;
  }

  public long getId() {
    return id;
  }
}
