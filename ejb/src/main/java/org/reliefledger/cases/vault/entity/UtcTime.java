package org.reliefledger.cases.vault.entity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Times are stored as UTC {@link OffsetDateTime}: EclipseLink 4 maps that type to {@code TIMESTAMP
 * WITH TIME ZONE} but would serialise an {@link Instant} into bytes (Instant mapping arrives only
 * with Jakarta Persistence 3.2). They keep microseconds, as both H2 and PostgreSQL do, so a time
 * read back equals the time written.
 */
final class UtcTime {

  private UtcTime() {}

  static OffsetDateTime column(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime column) {
    return column == null ? null : column.toInstant();
  }
}
