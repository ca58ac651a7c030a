package org.reliefledger.cases.entity;

/** An area's code or name breaks its rule; the message states the rule, never the value. */
public class AreaRuleBroken extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public AreaRuleBroken(String field, String rule) {
    super(rule);
    this.field = field;
  }

  /** {@code code} or {@code name}. */
  public String field() {
    return field;
  }
}
