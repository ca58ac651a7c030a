package org.reliefledger.cases.vault;

import java.time.Instant;
import java.util.Objects;

/**
 * What opening a case's sealed value found: the value, nothing (none was ever sealed), or a
 * shredded case whose values are gone for good.
 *
 * @param <T> the kind of value, such as {@link PiiRecord} or a justification's text
 */
public sealed interface Unsealed<T> {

  /** The value in clear; keep it in memory only as long as the request that asked for it. */
  record Revealed<T>(T value) implements Unsealed<T> {
    public Revealed {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "Revealed[redacted]";
    }
  }

  /** Nothing was sealed for it. */
  record Absent<T>() implements Unsealed<T> {}

  /** The case's data key was destroyed at that time: its values can never be read again. */
  record Shredded<T>(Instant shreddedAt) implements Unsealed<T> {}
}
