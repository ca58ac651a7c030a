/**
 * The privacy vault: the only place in Relief Ledger that holds cryptography. A case's identifying
 * details and its requests' justifications are sealed with AES-GCM under a per-case {@link
 * org.reliefledger.cases.vault.DataKey}; data keys exist in the database only wrapped by a {@link
 * org.reliefledger.cases.vault.MasterKey} that lives in a key file outside the database. Deleting a
 * case's wrapped data key (crypto-shredding) turns its sealed values into noise, in the live
 * database and in every old copy of it.
 */
package org.reliefledger.cases.vault;
