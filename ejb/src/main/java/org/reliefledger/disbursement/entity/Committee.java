package org.reliefledger.disbursement.entity;

import java.util.Objects;
import java.util.Set;

/** The usernames of the members who hold the COMMITTEE role when a vote is counted. */
public record Committee(Set<String> members) {

  public Committee {
    members = Set.copyOf(Objects.requireNonNull(members, "members"));
  }

  public static Committee of(String... members) {
    return new Committee(Set.of(members));
  }

  public boolean includes(String member) {
    return members.contains(member);
  }
}
