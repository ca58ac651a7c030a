package org.reliefledger.ledger.boundary;

import org.reliefledger.ledger.entity.AccountType;
import org.reliefledger.ledger.entity.Money;

/** An account of the chart with its balance, positive on its normal side. */
public record AccountView(String code, String name, AccountType type, Money balance) {}
