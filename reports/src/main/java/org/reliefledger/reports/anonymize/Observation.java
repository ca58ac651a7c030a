package org.reliefledger.reports.anonymize;

/**
 * One payment to be tabulated.
 *
 * @param row the row the payment belongs to
 * @param column the column the payment belongs to
 * @param household an opaque token identifying the household within this report only; it is used to
 *     count distinct households and is never published
 * @param amountMinorUnits the amount paid, in minor units (cents)
 */
public record Observation<R, C>(R row, C column, Object household, long amountMinorUnits) {}
