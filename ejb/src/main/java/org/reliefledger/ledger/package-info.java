/**
 * The double-entry ledger: accounts, funds, journal entries and their hash chain. It owns every
 * movement of money — other components (giving, disbursement) record theirs through its boundary —
 * and the rules that keep the books right: balanced entries per fund, no overdrawn fund, restricted
 * money spent only on its categories, no edits.
 *
 * <p>For components that move money: build an {@code EntryCommand} and call {@code
 * Ledger.post(command, IdempotentRequest.of(key, "<endpoint>", <every request field>))} inside your
 * transaction; a {@code Posted} result carries the entry id to link your own record to (on a
 * replay, find your record by that id). A disbursement payment debits {@code
 * SpendingCategory.expenseAccountCode()} and credits the bank account, in the request's fund. To
 * decide on a fund's money without racing payments, take {@code Ledger.lockFundCash} first in the
 * transaction. Amounts held for approved requests reach {@code GET /funds} through a CDI bean
 * implementing {@code FundHolds}.
 */
package org.reliefledger.ledger;
