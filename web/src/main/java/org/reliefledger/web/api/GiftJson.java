package org.reliefledger.web.api;

/**
 * The answer to a recorded donation or grant. {@code donorDetails}, for a donation whose donor was
 * named: {@code SEALED} (kept in the vault, {@code GET /donations/{id}/donor}) or {@code NOT_KEPT}
 * (this fund keeps no donor details); absent otherwise.
 */
public record GiftJson(long id, long journalEntryId, String donorDetails) {}
