/**
 * Money coming in: donations (donor optional, anonymous by default) and grants (grantor,
 * restriction, reporting period). Each gift is recorded through the ledger as exactly one journal
 * entry; the donor's identity stays in this component and never reaches memos, logs or audit text.
 */
package org.reliefledger.giving;
