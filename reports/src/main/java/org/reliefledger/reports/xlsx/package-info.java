/**
 * Shared Apache POI helpers: the cell styles of a report (created once per workbook, because a
 * workbook holds at most 64,000 styles and a style per cell bloats the file), currency formats, and
 * small sheet helpers for titles, headers, column widths and frozen panes.
 */
package org.reliefledger.reports.xlsx;
