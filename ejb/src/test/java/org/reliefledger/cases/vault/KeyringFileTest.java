package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyringFileTest {

  @TempDir Path folder;

  @Test
  void writesOwnerOnlyAndReadsBackTheSameKeys() throws Exception {
    KeyringFile file = new KeyringFile(folder.resolve("data/vault.key"));
    MasterKeyring keyring = MasterKeyring.generate().rotatedTo(MasterKey.generate());

    file.write(keyring);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())))
        .isEqualTo("rw-------");
    assertThat(file.isOwnerOnly()).isTrue();
    assertThat(file.read().keys()).containsExactlyElementsOf(keyring.keys());
    assertThat(file.read().primary()).isEqualTo(keyring.primary());
  }

  @Test
  void replacingTheFileKeepsItOwnerOnlyAndLeavesNoTemporaryFile() throws Exception {
    KeyringFile file = new KeyringFile(folder.resolve("vault.key"));
    MasterKeyring first = MasterKeyring.generate();
    file.write(first);

    MasterKeyring rotated = first.rotatedTo(MasterKey.generate());
    file.write(rotated);

    assertThat(file.read().keys()).containsExactlyElementsOf(rotated.keys());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())))
        .isEqualTo("rw-------");
    try (var listing = Files.list(folder)) {
      assertThat(listing).containsExactly(file.path());
    }
  }

  /** The replaced file's own blocks (reached here through a second link) no longer hold a key. */
  @Test
  void theReplacedFileIsOverwrittenWithZeros() throws Exception {
    KeyringFile file = new KeyringFile(folder.resolve("vault.key"));
    file.write(MasterKeyring.generate());
    Path oldInode = Files.createLink(folder.resolve("old-inode"), file.path());
    long oldSize = Files.size(oldInode);

    file.write(MasterKeyring.generate());

    assertThat(Files.readAllBytes(oldInode)).hasSize((int) oldSize).containsOnly((byte) 0);
    assertThat(file.read().keys()).hasSize(1);
  }

  @Test
  void noticesAFileOthersCanRead() throws Exception {
    KeyringFile file = new KeyringFile(folder.resolve("vault.key"));
    file.write(MasterKeyring.generate());

    Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(file.isOwnerOnly()).isFalse();
  }

  @Test
  void aMalformedKeyIsReportedByLineWithoutQuotingIt() throws Exception {
    Path path = folder.resolve("vault.key");
    String shortKey = Base64.getEncoder().encodeToString("sixteen-byte-key".getBytes());
    Files.writeString(path, "# comment\nmk-0123456789abcdef " + shortKey + "\n");

    assertThatThrownBy(() -> new KeyringFile(path).read())
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("line 2")
        .hasMessageNotContaining(shortKey)
        .hasNoCause();
  }

  @Test
  void refusesAFileWithoutKeys() throws Exception {
    Path path = folder.resolve("vault.key");
    Files.writeString(path, "# nothing here\n");

    assertThatThrownBy(() -> new KeyringFile(path).read())
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("holds no key");
  }
}
