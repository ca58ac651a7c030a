package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyStartupTest {

  @TempDir Path folder;

  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(MasterKeyStartup.class.getName());
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLog() {
    logger.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    logger.removeHandler(capture);
  }

  private KeyringFile keyFile() {
    return new KeyringFile(folder.resolve("data/vault.key"));
  }

  private static RegisteredMasterKeys registered(MasterKey key) {
    return new RegisteredMasterKeys(Map.of(key.id(), key.checkValue()), Set.of(key.id()));
  }

  @Test
  void firstStartCreatesAnOwnerOnlyKeyFileAndAsksForABackup() throws Exception {
    MasterKeyStartup.Opened opened = MasterKeyStartup.open(keyFile(), RegisteredMasterKeys.none());

    assertThat(opened.created()).isTrue();
    assertThat(opened.unregistered()).containsExactlyElementsOf(opened.keyring().keys());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().path())))
        .isEqualTo("rw-------");
    assertThat(logged)
        .singleElement()
        .satisfies(
            record ->
                assertThat(record.getMessage())
                    .contains("BACK IT UP", keyFile().path().toString()));
  }

  @Test
  void laterStartsOpenTheSameKey() {
    MasterKeyStartup.Opened first = MasterKeyStartup.open(keyFile(), RegisteredMasterKeys.none());
    MasterKey key = first.keyring().primary();

    MasterKeyStartup.Opened second = MasterKeyStartup.open(keyFile(), registered(key));

    assertThat(second.created()).isFalse();
    assertThat(second.keyring().primary()).isEqualTo(key);
    assertThat(second.unregistered()).isEmpty();
  }

  @Test
  void aMissingKeyFileWithSealedDataStopsTheStartAndCreatesNothing() {
    MasterKey lost = MasterKey.generate();

    assertThatThrownBy(() -> MasterKeyStartup.open(keyFile(), registered(lost)))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("is missing")
        .hasMessageContaining(lost.id())
        .hasMessageContaining("Restore the key file");
    assertThat(keyFile().exists()).isFalse();
  }

  @Test
  void aDifferentKeyFileStopsTheStart() {
    MasterKey sealedUnder = MasterKey.generate();
    keyFile().write(MasterKeyring.generate());

    assertThatThrownBy(() -> MasterKeyStartup.open(keyFile(), registered(sealedUnder)))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("not the right key file")
        .hasMessageContaining(sealedUnder.id());
  }

  @Test
  void aWrongKeyUnderTheRightNameStopsTheStart() {
    MasterKey sealedUnder = MasterKey.generate();
    MasterKey impostor = MasterKey.of(sealedUnder.id(), AesGcm.newKey().getEncoded());
    keyFile().write(MasterKeyring.of(List.of(impostor)));

    assertThatThrownBy(() -> MasterKeyStartup.open(keyFile(), registered(sealedUnder)))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("check value differs");
  }

  @Test
  void aKeyStillWrappingDataKeysIsRequiredEvenIfMarkedRetired() {
    MasterKey retiredButInUse = MasterKey.generate();
    MasterKey current = MasterKey.generate();
    keyFile().write(MasterKeyring.of(List.of(current)));
    RegisteredMasterKeys registered =
        new RegisteredMasterKeys(
            Map.of(
                retiredButInUse.id(), retiredButInUse.checkValue(),
                current.id(), current.checkValue()),
            Set.of(retiredButInUse.id(), current.id()));

    assertThatThrownBy(() -> MasterKeyStartup.open(keyFile(), registered))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining(retiredButInUse.id());
  }

  @Test
  void aKeyAddedByAnInterruptedRotationIsReportedForRegistration() {
    MasterKey old = MasterKey.generate();
    MasterKey next = MasterKey.generate();
    keyFile().write(MasterKeyring.of(List.of(old, next)));

    MasterKeyStartup.Opened opened = MasterKeyStartup.open(keyFile(), registered(old));

    assertThat(opened.unregistered()).containsExactly(next);
    assertThat(opened.keyring().primary()).isEqualTo(next);
  }

  @Test
  void warnsWhenOthersCanReadTheKeyFile() throws Exception {
    MasterKeyring keyring = MasterKeyring.generate();
    keyFile().write(keyring);
    Files.setPosixFilePermissions(keyFile().path(), PosixFilePermissions.fromString("rw-r-----"));

    MasterKeyStartup.open(keyFile(), registered(keyring.primary()));

    assertThat(logged)
        .singleElement()
        .satisfies(record -> assertThat(record.getMessage()).contains("chmod 600"));
  }
}
