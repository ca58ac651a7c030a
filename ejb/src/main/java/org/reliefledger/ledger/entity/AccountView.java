package org.reliefledger.ledger.entity;

/** An account of the chart with its balance, positive on its normal side. */
public record AccountView(String code, String name, AccountType type, Money balance) {}
