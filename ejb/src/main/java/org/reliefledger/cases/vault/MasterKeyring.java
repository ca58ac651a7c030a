package org.reliefledger.cases.vault;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The master keys an instance holds, oldest first. The newest, the <em>primary</em>, wraps every
 * new data key; older ones stay only while data keys wrapped by them remain, that is during a
 * rotation. Immutable: rotating and retiring return a new keyring.
 *
 * <p>Guarantees: never empty; key ids are unique; the primary cannot be retired.
 */
public final class MasterKeyring {

  private final List<MasterKey> keys;

  private MasterKeyring(List<MasterKey> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a keyring holds at least one master key");
    }
    if (new HashSet<>(keys.stream().map(MasterKey::id).toList()).size() != keys.size()) {
      throw new IllegalArgumentException("master key ids in a keyring are unique");
    }
    this.keys = List.copyOf(keys);
  }

  public static MasterKeyring of(List<MasterKey> oldestFirst) {
    return new MasterKeyring(oldestFirst);
  }

  /** A keyring with one newly generated master key. */
  public static MasterKeyring generate() {
    return of(List.of(MasterKey.generate()));
  }

  public List<MasterKey> keys() {
    return keys;
  }

  /** The key that wraps new data keys. */
  public MasterKey primary() {
    return keys.get(keys.size() - 1);
  }

  public Optional<MasterKey> find(String masterKeyId) {
    return keys.stream().filter(key -> key.id().equals(masterKeyId)).findFirst();
  }

  /** This keyring with {@code next} added as the new primary; the old keys stay for unwrapping. */
  public MasterKeyring rotatedTo(MasterKey next) {
    List<MasterKey> rotated = new ArrayList<>(keys);
    rotated.add(next);
    return new MasterKeyring(rotated);
  }

  /** This keyring without an old key, once no data key is wrapped by it any more. */
  public MasterKeyring retire(String masterKeyId) {
    if (primary().id().equals(masterKeyId)) {
      throw new IllegalArgumentException("the primary master key cannot be retired");
    }
    return new MasterKeyring(keys.stream().filter(key -> !key.id().equals(masterKeyId)).toList());
  }

  public WrappedKey wrap(DataKey dataKey, long caseId) {
    return wrap(dataKey, KeyOwner.ofCase(caseId));
  }

  public WrappedKey wrap(DataKey dataKey, KeyOwner owner) {
    return primary().wrap(dataKey, owner);
  }

  /**
   * @throws UnknownMasterKeyException when the wrapping master key is not in this keyring
   * @throws SealBrokenException when the wrapped key fails authentication
   */
  public DataKey unwrap(WrappedKey wrapped, long caseId) {
    return unwrap(wrapped, KeyOwner.ofCase(caseId));
  }

  /** Unwraps the data key of {@code owner}; throws as {@link #unwrap(WrappedKey, long)} does. */
  public DataKey unwrap(WrappedKey wrapped, KeyOwner owner) {
    MasterKey wrapping =
        find(wrapped.masterKeyId())
            .orElseThrow(() -> new UnknownMasterKeyException(wrapped.masterKeyId()));
    return wrapping.unwrap(wrapped, owner);
  }

  /** The same data key wrapped by the primary (unchanged when the primary already wraps it). */
  public WrappedKey rewrap(WrappedKey wrapped, long caseId) {
    return rewrap(wrapped, KeyOwner.ofCase(caseId));
  }

  /** The same data key of {@code owner} wrapped by the primary. */
  public WrappedKey rewrap(WrappedKey wrapped, KeyOwner owner) {
    if (wrapped.masterKeyId().equals(primary().id())) {
      return wrapped;
    }
    return wrap(unwrap(wrapped, owner), owner);
  }

  @Override
  public String toString() {
    return "MasterKeyring" + keys;
  }
}
