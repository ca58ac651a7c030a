package org.reliefledger.cases.vault.control;

import java.time.Instant;

/**
 * A shred request's outcome: when the case's key was destroyed, and whether this call did it (so
 * that only the instance that shredded records the audit event).
 */
public record Shred(Instant shreddedAt, boolean byThisCall) {}
