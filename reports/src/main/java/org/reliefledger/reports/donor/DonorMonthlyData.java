package org.reliefledger.reports.donor;

import java.time.YearMonth;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reliefledger.reports.SpendingCategory;

/**
 * Everything the monthly donor report shows. It names no donor, grantor, household or payee: there
 * is no field that could carry one.
 *
 * @param organisation the name of the fund or network, for the title
 * @param month the month reported on
 * @param currency the currency of all amounts
 * @param funds opening and closing balance of every fund
 * @param donations gifts received in the month by payment method; a method not listed had none
 * @param donorCount the number of distinct donors who gave in the month (an anonymous gift counts
 *     as one donor, since it cannot be matched to others); never more than the number of gifts
 * @param grants the grants received in the month
 * @param spending the money paid out in the month by category; a category not listed had none
 * @param householdsHelped the number of distinct households paid at least once in the month; never
 *     more than the number of awards
 * @param trend money in and out of the 12 months ending with {@code month}, oldest first
 */
public record DonorMonthlyData(
    String organisation,
    YearMonth month,
    Currency currency,
    List<FundBalance> funds,
    List<DonationsByMethod> donations,
    int donorCount,
    GrantsReceived grants,
    List<SpendingByCategory> spending,
    int householdsHelped,
    List<MonthlyFlow> trend) {

  /** The number of months of the trend. */
  public static final int TREND_MONTHS = 12;

  public DonorMonthlyData {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(grants, "grants");
    funds = List.copyOf(funds);
    donations = List.copyOf(donations);
    spending = List.copyOf(spending);
    trend = List.copyOf(trend);
    if (donations.stream().map(DonationsByMethod::method).distinct().count() != donations.size()) {
      throw new IllegalArgumentException("a donation method is listed twice");
    }
    if (spending.stream().map(SpendingByCategory::category).distinct().count() != spending.size()) {
      throw new IllegalArgumentException("a spending category is listed twice");
    }
    if (donorCount < 0
        || donorCount > donations.stream().mapToLong(DonationsByMethod::giftCount).sum()) {
      throw new IllegalArgumentException("donors must be between zero and the number of gifts");
    }
    if (householdsHelped < 0
        || householdsHelped > spending.stream().mapToLong(SpendingByCategory::awardCount).sum()) {
      throw new IllegalArgumentException(
          "households must be between zero and the number of awards");
    }
    if (trend.size() != TREND_MONTHS) {
      throw new IllegalArgumentException("the trend must cover 12 months");
    }
    for (int i = 0; i < TREND_MONTHS; i++) {
      if (!trend.get(i).month().equals(month.minusMonths(TREND_MONTHS - 1 - i))) {
        throw new IllegalArgumentException("the trend must be the 12 months ending with the month");
      }
    }
  }

  /** Gifts by method, every method present (zero where none was given). */
  public Map<DonationMethod, DonationsByMethod> donationsByMethod() {
    Map<DonationMethod, DonationsByMethod> all = new EnumMap<>(DonationMethod.class);
    for (DonationMethod method : DonationMethod.values()) {
      all.put(method, new DonationsByMethod(method, 0, 0));
    }
    donations.forEach(d -> all.put(d.method(), d));
    return all;
  }

  /** Spending by category, every category present (zero where nothing was paid). */
  public Map<SpendingCategory, SpendingByCategory> spendingByCategory() {
    Map<SpendingCategory, SpendingByCategory> all = new EnumMap<>(SpendingCategory.class);
    for (SpendingCategory category : SpendingCategory.values()) {
      all.put(category, new SpendingByCategory(category, 0, 0));
    }
    spending.forEach(s -> all.put(s.category(), s));
    return all;
  }

  /** Donations and grants received in the month, in minor units. */
  public long moneyInMinorUnits() {
    return Math.addExact(
        donations.stream().mapToLong(DonationsByMethod::amountMinorUnits).reduce(0, Math::addExact),
        grants.amountMinorUnits());
  }

  /** Disbursements paid in the month, in minor units. */
  public long moneyOutMinorUnits() {
    return spending.stream()
        .mapToLong(SpendingByCategory::amountMinorUnits)
        .reduce(0, Math::addExact);
  }

  /** The number of awards (paid disbursements) in the month. */
  public int awardCount() {
    return spending.stream().mapToInt(SpendingByCategory::awardCount).sum();
  }

  /** The number of gifts received in the month. */
  public int giftCount() {
    return donations.stream().mapToInt(DonationsByMethod::giftCount).sum();
  }
}
