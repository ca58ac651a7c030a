/**
 * Pure logic that makes an aggregated table safe to publish: small-cell (primary) suppression of
 * groups of fewer than <i>k</i> households, and complementary suppression so that no hidden value
 * can be recovered from the totals and the visible cells. No POI, no I/O: testable on its own.
 */
package org.reliefledger.reports.anonymize;
