/**
 * Who may use Relief Ledger and in which roles: user accounts, PBKDF2 password hashes, and the
 * per-user slow-down after failed logins. Donors and households are never users.
 */
package org.reliefledger.identity;
