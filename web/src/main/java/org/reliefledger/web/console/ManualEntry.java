package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.reliefledger.ledger.boundary.Ledger;
import org.reliefledger.ledger.entity.EntryCommand;
import org.reliefledger.ledger.entity.EntryResult;
import org.reliefledger.ledger.entity.IdempotentRequest;
import org.reliefledger.ledger.entity.Money;

/**
 * A journal entry typed by the treasurer (bank fees, corrections, transfers between funds). An
 * unbalanced form never reaches the ledger, and the ledger checks the entry again in full.
 */
@Named
@RequestScoped
public class ManualEntry extends DatedForm {

  static final int ROWS = 6;

  @Inject Ledger ledger;

  @Inject FacesContext faces;

  private final List<EntryLine> rows = Stream.generate(EntryLine::new).limit(ROWS).toList();

  public String post() {
    Optional<Integer> lopsided = EntryLine.firstLopsided(rows);
    if (lopsided.isPresent()) {
      Texts.error(faces, null, "entry.oneSide", lopsided.get() + 1);
      return null;
    }
    Money difference = EntryLine.difference(rows);
    if (!difference.isZero()) {
      Texts.error(faces, null, "entry.unbalanced", difference.toBigDecimal().abs());
      return null;
    }
    var command = new EntryCommand(getDate(), getMemo(), EntryLine.lines(rows));
    EntryResult result =
        ledger.postStandalone(command, IdempotentRequest.forEntry(getKey(), command));
    if (result instanceof EntryResult.Posted posted) {
      Texts.done(faces, "entry.posted", posted.entry().sequence());
      return "/ledger/journal.xhtml?faces-redirect=true";
    }
    LedgerRefusals.show(faces, result, "entry");
    return null;
  }

  public List<EntryLine> getRows() {
    return rows;
  }
}
