package org.reliefledger.cases.boundary;

/** Whether a case was opened, or which attribute broke its rule. */
public sealed interface CaseOpening {

  record Opened(CaseView opened) implements CaseOpening {}

  /** {@code message} states the rule, never the value given (it may be personal). */
  record Invalid(String field, String message) implements CaseOpening {}
}
