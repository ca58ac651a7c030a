package org.reliefledger.web.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.reliefledger.identity.boundary.AccountChange;
import org.reliefledger.identity.boundary.GrantConfirmation;
import org.reliefledger.identity.boundary.GrantView;
import org.reliefledger.identity.boundary.UserView;

/** How the outcomes of account changes answer over HTTP, in one place. */
final class AccountResponses {

  private AccountResponses() {}

  static Response of(AccountChange outcome) {
    if (outcome instanceof AccountChange.Done done) {
      return Response.ok(done.user(), MediaType.APPLICATION_JSON).build();
    }
    if (outcome instanceof AccountChange.Proposed proposed) {
      return pending(proposed.user(), proposed.grant());
    }
    if (outcome instanceof AccountChange.PasswordReset reset) {
      return Response.ok(
              new UsersResource.OneTimePassword(reset.user().username(), reset.oneTimePassword()),
              MediaType.APPLICATION_JSON)
          .cacheControl(noStore())
          .build();
    }
    if (outcome instanceof AccountChange.NoSuchUser) {
      return noSuchUser();
    }
    if (outcome instanceof AccountChange.NotOnYourself) {
      return Responses.conflict(
          "not_on_yourself",
          "Administrators do not disable themselves, reset their own password or take away"
              + " their own ADMIN role; use your account page, or ask another administrator.",
          null);
    }
    return rolesKeptApart();
  }

  static Response of(GrantConfirmation outcome) {
    if (outcome instanceof GrantConfirmation.Confirmed confirmed) {
      return Response.ok(confirmed.user(), MediaType.APPLICATION_JSON).build();
    }
    if (outcome instanceof GrantConfirmation.NoSuchGrant) {
      return Responses.error(404, "not_found", "No such role grant.", null);
    }
    if (outcome instanceof GrantConfirmation.NotASecondPerson) {
      return Responses.error(
          403,
          "second_person_required",
          "A role grant is confirmed by a second person: not its proposer, not its receiver.",
          null);
    }
    if (outcome instanceof GrantConfirmation.NeedsAnotherAdmin) {
      return Responses.error(
          403,
          "admin_required",
          "Another administrator confirms this grant; a committee member may only while the"
              + " proposer is the only enabled administrator.",
          null);
    }
    if (outcome instanceof GrantConfirmation.AlreadyConfirmed) {
      return Responses.conflict("already_confirmed", "This grant is already confirmed.", null);
    }
    return rolesKeptApart();
  }

  /** 202: created or changed, but a sensitive role waits for a second person. */
  static Response pending(UserView user, GrantView grant) {
    return Response.accepted(new UsersResource.Pending(user, grant))
        .type(MediaType.APPLICATION_JSON)
        .build();
  }

  static Response rolesKeptApart() {
    return Responses.unprocessable(
        "roles_kept_apart",
        "One account may not hold both ADMIN and INTAKE: an administrator assigns intake users"
            + " to cases and must not be able to assign themselves.",
        "roles");
  }

  static Response noSuchUser() {
    return Responses.error(404, "not_found", "No such user.", null);
  }

  private static CacheControl noStore() {
    var cache = new CacheControl();
    cache.setNoStore(true);
    cache.setNoCache(true);
    return cache;
  }
}
