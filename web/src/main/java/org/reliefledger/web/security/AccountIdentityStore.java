package org.reliefledger.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.reliefledger.identity.boundary.Login;
import org.reliefledger.identity.boundary.Users;

/** Checks user names and passwords against the user accounts; the roles become groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Users users;

  @Inject RecentlyVerified recentlyVerified;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    var remembered = recentlyVerified.groupsIfVerified(username, password);
    if (remembered.isPresent()) {
      return new CredentialValidationResult(username, remembered.get());
    }
    return recentlyVerified.checkOnce(username, password, () -> check(username, password));
  }

  private CredentialValidationResult check(String username, String password) {
    if (users.login(username, password) instanceof Login.Accepted accepted) {
      Set<String> groups =
          accepted.roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
      recentlyVerified.remember(username, password, groups);
      return new CredentialValidationResult(accepted.username(), groups);
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
