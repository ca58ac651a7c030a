package org.reliefledger.identity.boundary;

/** What creating a user came to. */
public sealed interface UserCreation {

  record Created(UserView user) implements UserCreation {}

  record UsernameTaken(String username) implements UserCreation {}
}
