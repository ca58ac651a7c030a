package org.reliefledger.ledger.entity;

import java.util.Set;

/**
 * A fund with its money: {@code balance} is its posted cash; {@code held} is the sum of its pending
 * holds (e.g. approved, unpaid disbursements); {@code available} is the difference.
 */
public record FundView(
    String code,
    String name,
    boolean restricted,
    Set<SpendingCategory> allowedCategories,
    Money balance,
    Money held,
    Money available) {}
