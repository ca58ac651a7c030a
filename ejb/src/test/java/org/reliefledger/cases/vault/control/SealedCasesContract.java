package org.reliefledger.cases.vault.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefledger.cases.vault.DataKey;
import org.reliefledger.cases.vault.KeyringFile;
import org.reliefledger.cases.vault.MasterKey;
import org.reliefledger.cases.vault.MasterKeyring;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.SealBrokenException;
import org.reliefledger.cases.vault.Sealed;
import org.reliefledger.cases.vault.Unsealed;
import org.reliefledger.cases.vault.VaultKeyException;
import org.reliefledger.cases.vault.WrappedKey;
import org.reliefledger.cases.vault.entity.CaseKey;
import org.reliefledger.cases.vault.entity.CasePii;
import org.reliefledger.disbursement.entity.NoteKind;

/**
 * The vault's controls against a migrated database, as one or two application instances. Runs on
 * each database the application supports.
 */
abstract class SealedCasesContract {

  private static final PiiRecord CANARY =
      new PiiRecord(
          "Quokka Zyxwvut-Canary",
          "+1 555 0199 7731",
          "77 Canarywharf Road, Flat 9",
          "canary notes: Zyxwvut speaks Quokkish");
  private static final String CANARY_JUSTIFICATION = "Zyxwvut canary: rent arrears after raid";
  private static final String CANARY_NOTE = "Zyxwvut canary: cheque to Quokka Landlord";

  @TempDir Path folder;
  private VaultDatabase database;
  private Path keyFile;

  /** A new, migrated, empty database. */
  abstract VaultDatabase newDatabase() throws Exception;

  @BeforeEach
  void freshDatabase() throws Exception {
    database = newDatabase();
    keyFile = folder.resolve("data/vault.key");
  }

  /** Nothing to drop when {@link #newDatabase()} skipped the test (no PostgreSQL answers). */
  @AfterEach
  void dropDatabase() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  private VaultInstance instance(Path withKeyFile) {
    return new VaultInstance(database, withKeyFile).start();
  }

  @Test
  void firstStartCreatesAnOwnerOnlyKeyFileAndStoresOnlyItsCheckValue() throws Exception {
    VaultInstance vault = instance(keyFile);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
        .isEqualTo("rw-------");
    assertThat(database.count("SELECT COUNT(*) FROM vault_master_key")).isEqualTo(1);
    String dump = database.dump();
    assertThat(dump).contains(vault.keys.keyring().primary().checkValue());
    assertThat(dump).doesNotContain(keyMaterialIn(keyFile));
  }

  @Test
  void sealedDetailsOpenThroughTheVaultAndAppearNowhereInTheDatabase() throws Exception {
    VaultInstance vault = instance(keyFile);

    vault.sealPii(50, CANARY);
    vault.call(cases -> cases.sealJustification(50, 350, CANARY_JUSTIFICATION));

    assertThat(vault.readPii(50)).isEqualTo(new Unsealed.Revealed<>(CANARY));
    assertThat(vault.justification(50, 350))
        .isEqualTo(new Unsealed.Revealed<>(CANARY_JUSTIFICATION));
    assertNoCanaryIn(database.dump());
  }

  @Test
  void aCaseWithoutDetailsHasNothingToReveal() {
    VaultInstance vault = instance(keyFile);

    vault.sealPii(51, PiiRecord.empty());

    assertThat(vault.readPii(51)).isEqualTo(new Unsealed.Absent<>());
    assertThat(vault.readPii(999)).isEqualTo(new Unsealed.Absent<>());
  }

  @Test
  void aJustificationGivesACaseItsKeyWhenNothingElseWasSealed() {
    VaultInstance vault = instance(keyFile);

    vault.call(cases -> cases.sealJustification(52, 400, CANARY_JUSTIFICATION));

    assertThat(vault.justification(52, 400))
        .isEqualTo(new Unsealed.Revealed<>(CANARY_JUSTIFICATION));
    assertThat(vault.justification(53, 400)).isEqualTo(new Unsealed.Absent<>());
    assertThat(vault.readPii(52)).isEqualTo(new Unsealed.Absent<>());
  }

  @Test
  void laterDetailsReplaceEarlierOnesButAShreddedCaseTakesNoneAgain() throws Exception {
    VaultInstance vault = instance(keyFile);
    PiiRecord corrected = new PiiRecord(CANARY.name(), "+1 555 0100", null, null);
    vault.sealPii(50, CANARY);

    vault.sealPii(50, corrected);
    assertThat(vault.readPii(50)).isEqualTo(new Unsealed.Revealed<>(corrected));
    vault.shred(50);

    assertThat(database.count("SELECT COUNT(*) FROM case_key")).isZero();
    assertThat(vault.sealPii(50, corrected)).isFalse();
    assertThat(vault.readPii(50)).isInstanceOf(Unsealed.Shredded.class);
    assertThat(database.count("SELECT COUNT(*) FROM case_key")).isZero();
  }

  @Test
  void aRestartWithTheSameKeyFileReadsEverything() {
    instance(keyFile).sealPii(50, CANARY);

    VaultInstance restarted = instance(keyFile);

    assertThat(restarted.readPii(50)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  @Test
  void aStartWithoutTheKeyFileStopsAndCreatesNoNewKey() throws Exception {
    instance(keyFile).sealPii(50, CANARY);
    Path lost = folder.resolve("elsewhere/vault.key");

    assertThatThrownBy(() -> instance(lost))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("is missing");
    assertThat(lost).doesNotExist();
    assertThat(database.count("SELECT COUNT(*) FROM vault_master_key")).isEqualTo(1);
  }

  @Test
  void aStartWithAnotherInstallationsKeyFileStops() {
    instance(keyFile).sealPii(50, CANARY);
    Path foreign = folder.resolve("other/vault.key");
    try (VaultDatabase otherInstallation = newDatabase()) {
      new VaultInstance(otherInstallation, foreign).start();
    } catch (Exception e) {
      throw new AssertionError(e);
    }

    assertThatThrownBy(() -> instance(foreign))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("not the right key file");
  }

  @Test
  void shreddingDestroysTheKeySoAnOldCopyOfTheSealedRowsNeverOpensAgain() throws Exception {
    VaultInstance vault = instance(keyFile);
    vault.sealPii(50, CANARY);
    vault.sealPii(51, CANARY);
    vault.call(cases -> cases.sealJustification(50, 350, CANARY_JUSTIFICATION));
    Sealed oldCopy =
        vault.call(cases -> cases.em.find(CasePii.class, 50L).envelope().orElseThrow());

    Shred firstShred = vault.shred(50);
    Shred secondShred = vault.shred(50);

    assertThat(firstShred.byThisCall()).isTrue();
    assertThat(secondShred).isEqualTo(new Shred(firstShred.shreddedAt(), false));
    assertThat(vault.readPii(50)).isEqualTo(new Unsealed.Shredded<>(firstShred.shreddedAt()));
    assertThat(vault.justification(50, 350))
        .isEqualTo(new Unsealed.Shredded<>(firstShred.shreddedAt()));
    assertThat(database.count("SELECT COUNT(*) FROM case_key WHERE case_id = 50")).isZero();
    assertThat(database.count("SELECT COUNT(*) FROM request_justification")).isZero();
    boolean sealedAfterShred = vault.call(cases -> cases.sealJustification(50, 351, "new"));
    assertThat(sealedAfterShred).isFalse();
    for (DataKey survivingKey : survivingDataKeys(vault)) {
      assertThatThrownBy(() -> PiiRecord.openWith(survivingKey, oldCopy, 50))
          .isInstanceOf(SealBrokenException.class);
    }
    assertThat(vault.readPii(51)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  @Test
  void notesAreSealedReplacedRemovedAndShreddedWithTheirCase() throws Exception {
    VaultInstance vault = instance(keyFile);
    Set<NoteKind> all = EnumSet.allOf(NoteKind.class);
    vault.call(cases -> cases.sealNote(50, 350, NoteKind.VOTE_COMMENT, "ana", "Zyxwvut first"));
    vault.call(cases -> cases.sealNote(50, 350, NoteKind.VOTE_COMMENT, "ana", CANARY_NOTE));
    vault.call(cases -> cases.sealNote(50, 350, NoteKind.RECUSAL_REASON, "ben", "Zyxwvut kin"));

    assertThat(texts(vault, all)).containsExactlyInAnyOrder(CANARY_NOTE, "Zyxwvut kin");
    assertThat(texts(vault, EnumSet.of(NoteKind.PAYMENT_REFERENCE))).isEmpty();
    assertNoCanaryIn(database.dump());
    vault.call(cases -> cases.sealNote(50, 350, NoteKind.VOTE_COMMENT, "ana", null));
    assertThat(texts(vault, all)).containsExactly("Zyxwvut kin");

    vault.shred(50);

    Unsealed<List<OpenedNote>> afterShred = vault.call(cases -> cases.openNotes(50, 350, all));
    assertThat(afterShred).isInstanceOf(Unsealed.Shredded.class);
    assertThat(database.count("SELECT COUNT(*) FROM request_note")).isZero();
    boolean sealedAfterShred =
        vault.call(cases -> cases.sealNote(50, 350, NoteKind.VOTE_COMMENT, "ana", CANARY_NOTE));
    assertThat(sealedAfterShred).isFalse();
  }

  private static List<String> texts(VaultInstance vault, Set<NoteKind> kinds) {
    Unsealed<List<OpenedNote>> notes = vault.call(cases -> cases.openNotes(50, 350, kinds));
    assertThat(notes).isInstanceOf(Unsealed.Revealed.class);
    return ((Unsealed.Revealed<List<OpenedNote>>) notes)
        .value().stream().map(OpenedNote::text).toList();
  }

  @Test
  void rotationRewrapsEveryDataKeyAndRetiresTheOldMasterKey() throws Exception {
    VaultInstance vault = instance(keyFile);
    for (long caseId = 50; caseId < 53; caseId++) {
      long id = caseId;
      vault.sealPii(id, CANARY);
    }
    String oldKey = vault.keys.keyring().primary().id();
    String oldMaterial = keyMaterialIn(keyFile);

    VaultKeys.Rotated rotated = vault.keys.rotate();

    assertThat(rotated.rewrapped()).isEqualTo(3);
    assertThat(rotated.retiredMasterKeyIds()).containsExactly(oldKey);
    assertThat(Files.readString(keyFile)).doesNotContain(oldKey, oldMaterial);
    assertThat(
            database.count("SELECT COUNT(*) FROM case_key WHERE master_key_id = '" + oldKey + "'"))
        .isZero();
    assertThat(
            database.count(
                "SELECT COUNT(*) FROM vault_master_key WHERE retired_at IS NOT NULL AND key_id = '"
                    + oldKey
                    + "'"))
        .isEqualTo(1);
    VaultInstance restarted = instance(keyFile);
    for (long caseId = 50; caseId < 53; caseId++) {
      long id = caseId;
      assertThat(restarted.readPii(id)).isEqualTo(new Unsealed.Revealed<>(CANARY));
    }
    restarted.sealPii(60, CANARY);
    assertThat(restarted.readPii(60)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  @Test
  void twoInstancesOpeningOneNewKeyFileAtOnceBothStart() throws Exception {
    Files.createDirectories(keyFile.getParent());
    new KeyringFile(keyFile).write(MasterKeyring.generate());
    VaultInstance a = new VaultInstance(database, keyFile);
    VaultInstance b = new VaultInstance(database, keyFile);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      a.em.getTransaction().begin();
      a.keys.open();
      // B finds no key registered yet and registers it too, waiting on A's uncommitted row.
      Future<VaultInstance> bStarting = other.submit(b::start);
      Thread.sleep(500);
      a.em.getTransaction().commit();
      bStarting.get(30, TimeUnit.SECONDS);
    } finally {
      other.shutdownNow();
      if (a.em.getTransaction().isActive()) {
        a.em.getTransaction().rollback();
      }
    }

    assertThat(database.count("SELECT COUNT(*) FROM vault_master_key")).isEqualTo(1);
    b.sealPii(50, CANARY);
    assertThat(a.readPii(50)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  @Test
  void anInstanceWithAStaleCopyOfTheKeyFileRefusesToSealOpenOrRotate() throws Exception {
    Path copyForB = folder.resolve("b/vault.key");
    VaultInstance a = instance(keyFile);
    a.sealPii(50, CANARY);
    Files.createDirectories(copyForB.getParent());
    Files.copy(keyFile, copyForB, StandardCopyOption.COPY_ATTRIBUTES);
    VaultInstance b = instance(copyForB);

    a.keys.rotate();

    assertThatThrownBy(() -> b.sealPii(61, CANARY))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("rotated by another instance");
    assertThatThrownBy(() -> b.readPii(50))
        .isInstanceOf(VaultKeyException.class)
        .hasMessageContaining("rotated by another instance");
    assertThat(database.count("SELECT COUNT(*) FROM case_key WHERE case_id = 61")).isZero();
    String keyFileOfB = Files.readString(copyForB);
    assertThatThrownBy(() -> b.keys.rotate()).isInstanceOf(VaultKeyException.class);
    assertThat(Files.readString(copyForB)).isEqualTo(keyFileOfB);
    assertThat(a.readPii(50)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  @Test
  void anInstanceSharingTheKeyFileTakesTheKeyAnotherOneRotatedTo() {
    VaultInstance a = instance(keyFile);
    a.sealPii(50, CANARY);
    VaultInstance b = instance(keyFile);

    a.shred(51);

    assertThat(b.readPii(50)).isEqualTo(new Unsealed.Revealed<>(CANARY));
    b.sealPii(52, CANARY);
    assertThat(a.readPii(52)).isEqualTo(new Unsealed.Revealed<>(CANARY));
    assertThat(b.keys.keyring().keys()).isEqualTo(a.keys.keyring().keys()).hasSize(1);
  }

  /**
   * The wrapped data key of a shredded case stays in the database's files, its WAL and its backups
   * after the row is deleted: the shred must destroy the master key that wrapped it.
   */
  @Test
  void shreddingDestroysTheMasterKeyThatWrappedTheShreddedDataKey() throws Exception {
    VaultInstance vault = instance(keyFile);
    vault.sealPii(50, CANARY);
    vault.sealPii(51, CANARY);
    WrappedKey leftInTheFiles = vault.call(cases -> cases.em.find(CaseKey.class, 50L).wrapped());
    MasterKeyring before = new KeyringFile(keyFile).read();
    assertThat(before.unwrap(leftInTheFiles, 50)).as("the old key file opens it").isNotNull();

    vault.shred(50);

    MasterKeyring after = new KeyringFile(keyFile).read();
    assertThat(after.keys()).hasSize(1).doesNotContainAnyElementsOf(before.keys());
    for (MasterKey key : after.keys()) {
      WrappedKey asIfWrappedByIt = new WrappedKey(key.id(), leftInTheFiles.sealed());
      assertThatThrownBy(() -> key.unwrap(asIfWrappedByIt, 50))
          .isInstanceOf(SealBrokenException.class);
    }
    assertThat(database.count("SELECT COUNT(*) FROM vault_master_key WHERE retired_at IS NULL"))
        .isEqualTo(1);
    assertThat(instance(keyFile).readPii(51)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  @Test
  void aCrashBetweenTheShredsCommitAndTheKeyFilesCleanUpIsFinishedByTheNextStart()
      throws Exception {
    VaultInstance vault = instance(keyFile);
    vault.sealPii(50, CANARY);
    vault.sealPii(51, CANARY);
    MasterKeyring before = new KeyringFile(keyFile).read();
    vault.shred(50);
    MasterKeyring after = new KeyringFile(keyFile).read();
    // what the crash leaves: the database committed, the key file still holds the retired key
    List<MasterKey> both = new ArrayList<>(before.keys());
    both.addAll(after.keys());
    new KeyringFile(keyFile).write(MasterKeyring.of(both));

    VaultInstance restarted = instance(keyFile);

    assertThat(new KeyringFile(keyFile).read().keys()).isEqualTo(after.keys());
    assertThat(Files.readString(keyFile)).doesNotContain(before.primary().id());
    assertThat(restarted.readPii(51)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  @Test
  void twoShredsAtOnceOnTwoInstancesSharingTheKeyFileBothTakeEffect() throws Exception {
    VaultInstance a = instance(keyFile);
    for (long caseId = 50; caseId < 58; caseId++) {
      a.sealPii(caseId, CANARY);
    }
    VaultInstance b = instance(keyFile);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      for (long caseId = 50; caseId < 56; caseId += 2) {
        long byA = caseId;
        CountDownLatch go = new CountDownLatch(1);
        Future<Shred> shredByA = two.submit(() -> awaitThen(go, () -> a.shred(byA)));
        Future<Shred> shredByB = two.submit(() -> awaitThen(go, () -> b.shred(byA + 1)));
        go.countDown();
        assertThat(shredByA.get(60, TimeUnit.SECONDS).byThisCall()).isTrue();
        assertThat(shredByB.get(60, TimeUnit.SECONDS).byThisCall()).isTrue();
      }
    } finally {
      two.shutdownNow();
    }

    MasterKeyring inFile = new KeyringFile(keyFile).read();
    assertThat(inFile.keys()).hasSize(1);
    assertThat(
            database.count(
                "SELECT COUNT(*) FROM case_key WHERE master_key_id <> '"
                    + inFile.primary().id()
                    + "'"))
        .isZero();
    assertThat(database.count("SELECT COUNT(*) FROM case_key")).isEqualTo(2);
    VaultInstance restarted = instance(keyFile);
    assertThat(restarted.readPii(56)).isEqualTo(new Unsealed.Revealed<>(CANARY));
    assertThat(restarted.readPii(57)).isEqualTo(new Unsealed.Revealed<>(CANARY));
  }

  private static <T> T awaitThen(CountDownLatch go, Callable<T> work) throws Exception {
    go.await();
    return work.call();
  }

  private List<DataKey> survivingDataKeys(VaultInstance vault) {
    List<CaseKey> rows =
        vault.call(
            cases ->
                cases.em.createQuery("SELECT k FROM CaseKey k", CaseKey.class).getResultList());
    return rows.stream()
        .map(row -> vault.keys.keyring().unwrap(row.wrapped(), row.caseId()))
        .toList();
  }

  private static void assertNoCanaryIn(String dump) {
    Stream.of(CANARY.name(), CANARY.phone(), CANARY.address(), CANARY.notes(), "Zyxwvut")
        .forEach(
            canary ->
                assertThat(dump)
                    .doesNotContainIgnoringCase(canary)
                    .doesNotContainIgnoringCase(
                        HexFormat.of().formatHex(canary.getBytes(StandardCharsets.UTF_8))));
  }

  private static String keyMaterialIn(Path file) throws Exception {
    return Files.readAllLines(file).stream()
        .filter(line -> line.startsWith("mk-"))
        .map(line -> line.split(" ")[1])
        .reduce((first, last) -> last)
        .orElseThrow();
  }
}
