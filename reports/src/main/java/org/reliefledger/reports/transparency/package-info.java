/**
 * The anonymized transparency report: disbursements by month, area and category, with counts of
 * households and amounts, small groups hidden by {@link
 * org.reliefledger.reports.anonymize.SmallCellSuppression}. Entry point: {@link
 * org.reliefledger.reports.transparency.TransparencyReport}.
 */
package org.reliefledger.reports.transparency;
