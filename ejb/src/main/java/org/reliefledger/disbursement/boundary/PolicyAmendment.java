package org.reliefledger.disbursement.boundary;

import java.util.List;

/** Whether new policy terms were stored as the next version, or which rules they break. */
public sealed interface PolicyAmendment {

  record Amended(PolicyView policy) implements PolicyAmendment {}

  record Invalid(List<String> problems) implements PolicyAmendment {}
}
