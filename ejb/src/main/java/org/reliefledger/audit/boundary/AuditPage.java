package org.reliefledger.audit.boundary;

import java.util.List;

/** One page of audit events, newest first, and the number of events the selection picks. */
public record AuditPage(List<AuditEntry> items, long total) {}
