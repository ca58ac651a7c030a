package org.reliefledger.reporting.boundary;

import org.reliefledger.reports.donor.DonorMonthlyData;

/**
 * The monthly donor report of a month. A reversal never blocks it: reversals of earlier months'
 * payments count in the month they are made, as negative spending if need be.
 */
public sealed interface DonorReport {

  /** The figures, ready to be written. */
  record Ready(DonorMonthlyData data) implements DonorReport {}
}
