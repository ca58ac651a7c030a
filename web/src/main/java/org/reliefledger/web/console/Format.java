package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;

/** How dates, times and amounts read on the screens, in the language of the view. */
@Named("fmt")
@RequestScoped
public class Format {

  @Inject FacesContext faces;

  /** A moment as date and time in UTC (the server's clock and the ledger's time zone). */
  public String instant(Object moment) {
    TemporalAccessor time;
    if (moment instanceof Instant instant) {
      time = instant.atOffset(ZoneOffset.UTC);
    } else if (moment instanceof OffsetDateTime offset) {
      time = offset.withOffsetSameInstant(ZoneOffset.UTC);
    } else {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(faces.getViewRoot().getLocale())
            .format(time)
        + " UTC";
  }
}
