/**
 * The monthly donor report: balances, money in by source, money out by category, households helped,
 * the average award and a 12-month trend, with native charts. Donors are never named. Entry point:
 * {@link org.reliefledger.reports.donor.DonorMonthlyReport}.
 */
package org.reliefledger.reports.donor;
