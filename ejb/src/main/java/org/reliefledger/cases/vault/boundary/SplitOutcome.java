package org.reliefledger.cases.vault.boundary;

import java.util.List;

/** What splitting the committee's root key did. */
public sealed interface SplitOutcome {

  record NotCommitteeMode() implements SplitOutcome {}

  /** A split exists, and the current shares given do not open it (k of them are needed). */
  record SharesRefused() implements SplitOutcome {}

  /** k and the holders do not make a k-of-n split (2 <= k <= n, distinct holders). */
  record Invalid(String why) implements SplitOutcome {}

  /** Done: each holder takes their share once. */
  record Split(int threshold, List<String> holders) implements SplitOutcome {}
}
