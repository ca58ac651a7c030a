/**
 * The whole journal as plain-text books that hledger and Beancount read, so a treasurer or an
 * auditor can check the fund's books with tools the application does not control. Accounts are
 * named {@code Class:Code:Fund} (e.g. {@code Assets:1000:GENERAL}): one sub-account per fund, so
 * the tools' balances are the trial balance's account-and-fund rows.
 */
package org.reliefledger.reports.plaintext;
