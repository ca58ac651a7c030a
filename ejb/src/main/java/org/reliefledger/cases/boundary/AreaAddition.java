package org.reliefledger.cases.boundary;

/** Whether an area was added to the list, and if not, why. */
public sealed interface AreaAddition {

  record Added(AreaView area) implements AreaAddition {}

  /** {@code field} ({@code code} or {@code name}) breaks its rule; the message states the rule. */
  record Invalid(String field, String message) implements AreaAddition {}

  /** Another area already has this code, or this name in any letter case. */
  record Taken(String field) implements AreaAddition {}
}
