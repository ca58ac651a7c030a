package org.reliefledger.web.api;

/** The answer to a recorded donation or grant. */
public record GiftJson(long id, long journalEntryId) {}
