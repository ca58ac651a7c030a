package org.reliefledger.cases.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The master keyring on disk: one {@code <key id> <base64 key>} line per key, oldest first, the
 * primary last. Written owner-only ({@code rw-------}) and atomically (a temporary file in the same
 * folder, flushed, then moved over the old one), so a crash never leaves half a key file.
 */
public final class KeyringFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final String HEADER =
      """
      # Relief Ledger vault master keys. KEEP SECRET. BACK UP apart from database backups:
      # without this file no sealed personal data can be read; with it and a database copy, it can.
      # One "<key id> <base64 AES-256 key>" per line, oldest first; the last one wraps new keys.
      """;

  private static final String SEALED_HEADER =
      """
      # Relief Ledger vault master keys, sealed by the committee's root key (committee vault mode).
      # Only k of the committee's key shares open it. KEEP the latest copy; it is useless alone.
      """;
  private static final String SEALED = "sealed";

  private final Path path;
  private final RootKey rootKey;

  public KeyringFile(Path path) {
    this(path, null);
  }

  /**
   * A key file sealed by the committee's root key: read in either form (a plain file is how a
   * key-file installation moves to committee mode), always written sealed.
   */
  public KeyringFile(Path path, RootKey rootKey) {
    this.path = path.toAbsolutePath().normalize();
    this.rootKey = rootKey;
  }

  public Path path() {
    return path;
  }

  public boolean exists() {
    return Files.exists(path);
  }

  /** True when no one but the owner may read or write the file (always true off POSIX). */
  public boolean isOwnerOnly() {
    try {
      return !isPosix() || OWNER_ONLY.containsAll(Files.getPosixFilePermissions(path));
    } catch (IOException e) {
      throw new VaultKeyException("cannot read the permissions of vault key file " + path, e);
    }
  }

  public MasterKeyring read() {
    List<String> lines;
    try {
      lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new VaultKeyException("cannot read vault key file " + path, e);
    }
    lines = unsealed(lines);
    List<MasterKey> keys = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (!line.isEmpty() && !line.startsWith("#")) {
        keys.add(parse(line, number));
      }
    }
    if (keys.isEmpty()) {
      throw new VaultKeyException("vault key file " + path + " holds no key");
    }
    try {
      return MasterKeyring.of(keys);
    } catch (IllegalArgumentException e) {
      throw new VaultKeyException("vault key file " + path + " lists a key id twice", e);
    }
  }

  /** True when the file is sealed by a root key (committee mode); false when plain or absent. */
  public boolean isSealed() {
    try {
      return exists() && sealedLine(Files.readAllLines(path, StandardCharsets.US_ASCII)) != null;
    } catch (IOException e) {
      throw new VaultKeyException("cannot read vault key file " + path, e);
    }
  }

  private static String sealedLine(List<String> lines) {
    return lines.stream()
        .map(String::strip)
        .filter(line -> line.startsWith(SEALED + " "))
        .findFirst()
        .orElse(null);
  }

  /**
   * The plain lines of a sealed file, opened with the root key; a plain file's lines as they are.
   */
  private List<String> unsealed(List<String> lines) {
    String sealedLine = sealedLine(lines);
    if (sealedLine == null) {
      return lines;
    }
    if (rootKey == null) {
      throw new VaultKeyException(
          "vault key file "
              + path
              + " is sealed by the committee's root key: start with"
              + " RELIEF_VAULT_MODE=committee and unseal with the committee's key shares");
    }
    byte[] both = Base64.getDecoder().decode(sealedLine.substring(SEALED.length() + 1).strip());
    byte[] nonce = java.util.Arrays.copyOfRange(both, 0, AesGcm.NONCE_BYTES);
    byte[] ciphertext = java.util.Arrays.copyOfRange(both, AesGcm.NONCE_BYTES, both.length);
    try {
      return new String(rootKey.openFile(new Sealed(nonce, ciphertext)), StandardCharsets.US_ASCII)
          .lines()
          .toList();
    } catch (SealBrokenException | IllegalArgumentException wrongRootKey) {
      throw new VaultKeyException(
          "vault key file " + path + " is not sealed by the committee's current root key");
    }
  }

  private MasterKey parse(String line, int number) {
    String[] parts = line.split("\\s+");
    String malformed = "vault key file " + path + " line " + number + " is not '<key id> <key>'";
    if (parts.length != 2 || !MasterKey.isValidId(parts[0])) {
      throw new VaultKeyException(malformed);
    }
    try {
      return MasterKey.of(parts[0], Base64.getDecoder().decode(parts[1]));
    } catch (IllegalArgumentException e) {
      // the cause would quote the key text: leave it out
      throw new VaultKeyException(malformed + " (the key is not 32 bytes of base64)");
    }
  }

  /**
   * Replaces the file with this keyring, owner-only and atomically: a temporary file in the same
   * folder, forced to disk, renamed over the old one, the folder forced too. The replaced file is
   * then overwritten with zeros, so that the blocks of a key that was just destroyed do not keep it
   * (best effort: a copy-on-write file system or an SSD may keep old blocks elsewhere).
   */
  public void write(MasterKeyring keyring) {
    StringBuilder text = new StringBuilder(HEADER);
    for (MasterKey key : keyring.keys()) {
      text.append(key.id())
          .append(' ')
          .append(Base64.getEncoder().encodeToString(key.material()))
          .append('\n');
    }
    if (rootKey != null) {
      Sealed sealed = rootKey.sealFile(text.toString().getBytes(StandardCharsets.US_ASCII));
      byte[] both = new byte[AesGcm.NONCE_BYTES + sealed.ciphertext().length];
      System.arraycopy(sealed.nonce(), 0, both, 0, AesGcm.NONCE_BYTES);
      System.arraycopy(
          sealed.ciphertext(), 0, both, AesGcm.NONCE_BYTES, sealed.ciphertext().length);
      text =
          new StringBuilder(SEALED_HEADER)
              .append(SEALED)
              .append(' ')
              .append(Base64.getEncoder().encodeToString(both))
              .append('\n');
    }
    Path folder = path.getParent();
    Path temporary = folder.resolve(path.getFileName() + ".new");
    try {
      Files.createDirectories(folder);
      Files.deleteIfExists(temporary);
      createOwnerOnly(temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.US_ASCII)));
        channel.force(true);
      }
      try (FileChannel replaced = openIfExists(path)) {
        Files.move(
            temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceFolder(folder);
        if (replaced != null) {
          overwriteWithZeros(replaced);
        }
      }
    } catch (IOException e) {
      throw new VaultKeyException("cannot write vault key file " + path, e);
    }
  }

  /** The file to wipe once replaced; none when absent or made read-only by its owner. */
  private static FileChannel openIfExists(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return null;
    }
    return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  private static void overwriteWithZeros(FileChannel replaced) throws IOException {
    ByteBuffer zeros = ByteBuffer.allocate((int) replaced.size());
    replaced.write(zeros, 0);
    replaced.force(true);
  }

  /** Makes the rename durable (POSIX: a directory can be opened and forced; elsewhere skipped). */
  private void forceFolder(Path folder) throws IOException {
    if (isPosix()) {
      try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
        directory.force(true);
      }
    }
  }

  private void createOwnerOnly(Path file) throws IOException {
    if (isPosix()) {
      FileAttribute<Set<PosixFilePermission>> ownerOnly =
          PosixFilePermissions.asFileAttribute(OWNER_ONLY);
      Files.createFile(file, ownerOnly);
    } else {
      Files.createFile(file);
    }
  }

  private boolean isPosix() {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Override
  public String toString() {
    return "KeyringFile[" + path + "]";
  }
}
