package org.reliefledger.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.reliefledger.cases.boundary.CaseView;
import org.reliefledger.ledger.entity.Money;

/** How dates, times and amounts read on the screens, in the language of the view. */
@Named("fmt")
@RequestScoped
public class Format {

  @Inject FacesContext faces;

  private Locale locale() {
    return faces.getViewRoot().getLocale();
  }

  /** An amount with its currency, e.g. "$1,250.00" or "1.250,00 US$". */
  public String money(Money amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(amount.currency());
    return format.format(amount.toBigDecimal());
  }

  /** A case's languages by name, e.g. "Spanish, Haitian Creole" or "español, criollo haitiano". */
  public String languages(CaseView household) {
    return household == null ? "" : String.join(", ", household.languageNames(locale()));
  }

  public String date(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
  }

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
            .withLocale(locale())
            .format(time)
        + " UTC";
  }

  /** Time left until {@code deadline} in hours and minutes, or that it has passed. */
  public String timeLeft(Instant deadline) {
    if (deadline == null) {
      return "";
    }
    Duration left = Duration.between(Instant.now(), deadline);
    if (left.isNegative() || left.isZero()) {
      return Texts.text(faces, "time.passed");
    }
    return Texts.text(faces, "time.left", left.toHours(), left.toMinutesPart());
  }
}
