package org.reliefledger.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefledger.identity.boundary.Login;
import org.reliefledger.identity.boundary.Users;
import org.reliefledger.identity.control.SessionGenerations;

/**
 * Checks user names and passwords against the user accounts; the roles become groups. A check
 * remembered by {@link RecentlyVerified} counts only while the account still stands as it did then
 * (same session generation, enabled).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Users users;

  @Inject RecentlyVerified recentlyVerified;

  @Inject SessionGenerations generations;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return verify(credential)
        .map(who -> new CredentialValidationResult(who.username(), who.roles()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  /** Who the credentials belong to and the session generation they were checked under. */
  public Optional<SignedIn> verify(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    var remembered = recentlyVerified.ifVerified(username, password);
    if (remembered.isPresent() && stillStands(remembered.get())) {
      return remembered;
    }
    return recentlyVerified.checkOnce(username, password, () -> check(username, password));
  }

  private boolean stillStands(SignedIn who) {
    return generations
        .standing(who.username())
        .filter(standing -> standing.admits(who.generation()))
        .isPresent();
  }

  private Optional<SignedIn> check(String username, String password) {
    if (users.login(username, password) instanceof Login.Accepted accepted) {
      Set<String> groups =
          accepted.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
      var who = new SignedIn(accepted.username(), groups, accepted.generation());
      recentlyVerified.remember(username, password, who);
      return Optional.of(who);
    }
    return Optional.empty();
  }
}
