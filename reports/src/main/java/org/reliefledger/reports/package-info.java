/**
 * Excel workbooks for donors, the public and the treasurer, built with Apache POI from plain
 * read-model records. Nothing here touches JPA or a container: the {@code ejb} module produces the
 * records, the {@code web} module streams the workbooks to HTTP responses.
 *
 * <p>Money is carried as {@code long} minor units (cents) with a {@link java.util.Currency}; it
 * becomes a {@link java.math.BigDecimal} only when a cell is written.
 */
package org.reliefledger.reports;
