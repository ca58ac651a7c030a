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
 * SpendingCategory.expenseAccountCode()} and credits the bank account, in the request's fund.
 *
 * <p>Money promised but not yet paid is a two-phase transfer: {@code Ledger.hold(fund, amount,
 * reference)} places a pending hold (refused unless the fund's cash less its pending holds covers
 * it), then exactly one of {@code Ledger.postHeld(hold, entry, request)} (the entry may spend the
 * held money, no other entry may) or {@code Ledger.voidHold(hold)} resolves it. The ledger alone
 * decides what a fund can spend; it never asks another component. To decide on a fund's money
 * without racing holds and payments, take {@code Ledger.lockAvailable} first in the transaction.
 */
package org.reliefledger.ledger;
