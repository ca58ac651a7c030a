package org.reliefledger.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in to the screens, kept in the HTTP session after a successful login form. */
public record SignedIn(String username, Set<String> roles) implements Serializable {

  static final String SESSION_ATTRIBUTE = SignedIn.class.getName();
}
