package org.reliefledger.cases.vault.boundary;

/**
 * The vault as this instance sees it; no key material.
 *
 * @param mode {@code key-file} or {@code committee}
 * @param threshold k of the current split, 0 when none was made
 * @param entered shares entered on this instance towards an unseal
 */
public record VaultStatus(
    String mode, boolean sealed, boolean lockedDown, int threshold, int holders, int entered) {}
