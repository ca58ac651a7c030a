package org.reliefledger.ledger.entity;

import java.time.LocalDate;
import java.util.List;

/** A request to post a journal entry; accounts and funds are named by code. */
public record EntryCommand(LocalDate date, String memo, List<Line> lines) {

  /** One posting of the request. */
  public record Line(String account, String fund, Side side, Money amount) {}

  public EntryCommand {
    lines = List.copyOf(lines);
  }

  /** The memo is free text: keep it out of logs. */
  @Override
  public String toString() {
    return "EntryCommand[date=" + date + ", lines=" + lines.size() + "]";
  }
}
