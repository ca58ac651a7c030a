/**
 * The double-entry ledger: accounts, funds, journal entries and their hash chain. It owns every
 * movement of money — other components (giving, disbursement) record theirs through its boundary —
 * and the rules that keep the books right: balanced entries per fund, no overdrawn fund, no edits.
 */
package org.reliefledger.ledger;
