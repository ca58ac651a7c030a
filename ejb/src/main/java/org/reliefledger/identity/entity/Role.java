package org.reliefledger.identity.entity;

/** What a user may do; one person may hold several roles. */
public enum Role {
  ADMIN,
  TREASURER,
  COMMITTEE,
  INTAKE,
  AUDITOR
}
