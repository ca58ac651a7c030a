package org.reliefledger.cases.vault.boundary;

/** An intake assignment waiting for a second admin's confirmation. */
public record PendingAssignment(String caseCode, String username, String proposedBy) {}
