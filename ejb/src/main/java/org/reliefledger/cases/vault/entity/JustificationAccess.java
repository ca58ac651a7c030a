package org.reliefledger.cases.vault.entity;

import java.util.Objects;
import java.util.Set;

/**
 * Who may read a disbursement request's justification: the committee members who may vote on it,
 * that is every member except its requester and those who recused themselves. Nobody else.
 *
 * @param requester the user who opened the request
 * @param recused committee members who stepped aside from it
 */
public record JustificationAccess(String requester, Set<String> recused) {

  public static final String COMMITTEE = "COMMITTEE";

  public JustificationAccess {
    Objects.requireNonNull(requester, "requester");
    recused = Set.copyOf(recused);
  }

  public boolean mayRead(String username, Set<String> roles) {
    return roles.contains(COMMITTEE) && !requester.equals(username) && !recused.contains(username);
  }
}
