/**
 * The treasurer's and auditor's statements: the trial balance, the statement of activities by fund
 * (with and without donor restrictions), and the general-ledger export, which is streamed so that a
 * year of postings exports in bounded memory.
 */
package org.reliefledger.reports.statements;
