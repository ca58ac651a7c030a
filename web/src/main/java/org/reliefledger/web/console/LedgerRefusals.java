package org.reliefledger.web.console;

import jakarta.faces.context.FacesContext;
import org.reliefledger.giving.boundary.GiftResult;
import org.reliefledger.ledger.entity.EntryResult;

/**
 * Why the ledger or giving refused a form, as a sentence next to the field at fault (or on top of
 * the form when no single field is). One place, so every form words a refusal the same way.
 */
final class LedgerRefusals {

  private LedgerRefusals() {}

  /** Shows the refusal {@code result} on the form with id {@code form}. */
  static void show(FacesContext faces, Object result, String form) {
    if (result instanceof GiftResult.NotADepositAccount) {
      Texts.error(faces, form + ":depositAccount", "refusal.notDeposit");
    } else if (result instanceof GiftResult.Invalid) {
      Texts.error(faces, null, "refusal.invalidGift");
    } else if (result instanceof GiftResult.LedgerRefused refused) {
      show(faces, refused.refusal(), form);
    } else if (result instanceof EntryResult.Unbalanced unbalanced) {
      Texts.error(faces, null, "problem." + unbalanced.problem().name());
    } else if (result instanceof EntryResult.UnknownAccount unknown) {
      Texts.error(faces, null, "refusal.unknownAccount", unknown.code());
    } else if (result instanceof EntryResult.UnknownFund unknown) {
      Texts.error(faces, null, "refusal.unknownFund", unknown.code());
    } else if (result instanceof EntryResult.InsufficientFunds insufficient) {
      Texts.error(
          faces,
          null,
          "refusal.insufficient",
          insufficient.fund(),
          insufficient.available().toDecimalString());
    } else if (result instanceof EntryResult.RestrictedCategory restricted) {
      Texts.error(faces, null, "refusal.restricted", restricted.fund());
    } else if (result instanceof EntryResult.AlreadyReversed reversed) {
      Texts.error(faces, null, "refusal.alreadyReversed", reversed.reversalId());
    } else if (result instanceof EntryResult.EntryNotFound) {
      Texts.error(faces, null, "refusal.entryNotFound");
    } else if (result instanceof EntryResult.IdempotencyKeyReused) {
      Texts.error(faces, null, "refusal.resent");
    } else {
      Texts.error(faces, null, "refusal.other");
    }
  }
}
