package org.reliefledger.ledger.entity;

import java.util.List;

/** One page of journal entries and the number of entries in the whole range. */
public record EntryPage(List<EntryView> items, long total) {}
