/**
 * The read model of the reports: read-only SQL aggregations over the journal, giving and
 * disbursement tables that return the {@code reports} module's records. It owns no table and writes
 * nothing but the audit event of each export.
 */
package org.reliefledger.reporting;
