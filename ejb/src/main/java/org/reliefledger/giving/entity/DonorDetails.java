package org.reliefledger.giving.entity;

/** What the fund kept of a donation's donor. */
public enum DonorDetails {
  /** No donor was named: the gift is anonymous. */
  NONE,
  /** A name or e-mail was given and is sealed in the vault under the donor's own data key. */
  SEALED,
  /** A name or e-mail was given but not kept: the fund keeps no donor details. */
  NOT_KEPT
}
