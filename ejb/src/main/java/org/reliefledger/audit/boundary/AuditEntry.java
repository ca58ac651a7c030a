package org.reliefledger.audit.boundary;

import java.time.OffsetDateTime;

/** An audit event as the auditor reads it. */
public record AuditEntry(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String objectType,
    String objectId,
    String detail) {}
