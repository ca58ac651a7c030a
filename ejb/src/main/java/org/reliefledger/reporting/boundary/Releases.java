package org.reliefledger.reporting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.reporting.control.ReleaseFacts;
import org.reliefledger.reporting.control.ReleaseStore;
import org.reliefledger.reporting.control.ReportSettings;
import org.reliefledger.reports.SpendingCategory;
import org.reliefledger.reports.anonymize.PaymentFact;
import org.reliefledger.reports.anonymize.ReleaseFamily;
import org.reliefledger.reports.anonymize.ReleasePeriod;
import org.reliefledger.reports.anonymize.ReleasedFigure;
import org.reliefledger.reports.transparency.ReleasedTransparencyData;

/**
 * Publishes months of statistics and hands out what was published.
 *
 * <p><em>Guarantees:</em> a month is published once, after it has ended, and only after every
 * earlier month of its year (publishing a month publishes the earlier ones first); its figures, and
 * those of the quarter and year it completes, are protected by a {@link ReleaseFamily} together
 * with every figure already released for the year and are never changed afterwards. The rows of a
 * year (areas named, the rest "Other areas") and k are fixed by its first published month.
 */
@Stateless
public class Releases {

  static final String PUBLISHED = "STATISTICS_PUBLISHED";

  @Inject ReleaseFacts facts;
  @Inject ReleaseStore store;
  @Inject ReportSettings settings;
  @Inject Audit audit;

  /** Publishes {@code month} and any earlier month of its year not yet published. */
  public Publication publish(YearMonth month, String publishedBy, LocalDate today) {
    if (!month.atEndOfMonth().isBefore(today)) {
      return new Publication.NotOver(month);
    }
    Set<YearMonth> published = new HashSet<>(store.publishedMonths(month.getYear()));
    if (published.contains(month)) {
      return new Publication.AlreadyPublished(month);
    }
    List<YearMonth> now = new ArrayList<>();
    for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
      if (!published.contains(m)) {
        publishOne(m, publishedBy);
        now.add(m);
      }
    }
    return new Publication.Published(now);
  }

  /** Publishes, as {@code timer}, every month that ended at least {@code days} days ago. */
  public List<YearMonth> publishDue(int days) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    YearMonth due = YearMonth.from(today.minusDays(days)).minusMonths(1);
    List<YearMonth> done = new ArrayList<>();
    for (YearMonth m : List.of(YearMonth.of(due.getYear() - 1, 12), due)) {
      if (publish(m, "timer", today) instanceof Publication.Published p) {
        done.addAll(p.months());
      }
    }
    return done;
  }

  /** Every published month, oldest first. */
  public List<YearMonth> published() {
    return store.publishedMonths();
  }

  /** The released figures of a period with its months, or empty if it is not complete yet. */
  public Optional<ReleasedTransparencyData> table(ReleasePeriod period) {
    List<ReleasedFigure> year = store.figuresOfYear(period.year());
    List<ReleasedFigure> figures = new ArrayList<>();
    Set<String> rows = new HashSet<>();
    boolean complete = false;
    for (ReleasedFigure figure : year) {
      if (figure.period().equals(period)) {
        complete = true;
      }
      if (figure.period().equals(period)
          || (figure.period().kind() == ReleasePeriod.Kind.MONTH
              && period.contains(figure.period().firstMonth()))) {
        figures.add(figure);
      }
      if (figure.row() != null) {
        rows.add(figure.row());
      }
    }
    if (!complete) {
      return Optional.empty();
    }
    audit.record(Reporting.EXPORTED, Reporting.REPORT, "transparency", "period " + period);
    int k = store.minimumGroupOfYear(period.year()).orElse(settings.minimumGroup());
    return Optional.of(
        new ReleasedTransparencyData(
            settings.organisation(),
            period,
            settings.currency(),
            k,
            ReleaseFacts.inOrder(rows),
            figures));
  }

  private void publishOne(YearMonth month, String publishedBy) {
    int year = month.getYear();
    List<ReleasedFigure> released = store.figuresOfYear(year);
    int k = store.minimumGroupOfYear(year).orElse(settings.minimumGroup());
    List<String> rows;
    if (released.isEmpty()) {
      rows = facts.rowsForYear(month, k);
    } else {
      Set<String> stored = new HashSet<>();
      released.stream().map(ReleasedFigure::row).filter(r -> r != null).forEach(stored::add);
      rows = ReleaseFacts.inOrder(stored);
    }
    List<String> columns = Arrays.stream(SpendingCategory.values()).map(Enum::name).toList();
    List<PaymentFact> yearFacts =
        facts.between(YearMonth.of(year, 1), month).stream()
            .map(fact -> ReleaseFacts.inRows(fact, rows))
            .toList();
    List<ReleasedFigure> figures =
        new ReleaseFamily(rows, columns, k).publish(month, yearFacts, released);
    store.store(month, k, publishedBy, figures);
    audit.recordAs(publishedBy, PUBLISHED, Reporting.REPORT, "statistics", "month " + month);
  }
}
