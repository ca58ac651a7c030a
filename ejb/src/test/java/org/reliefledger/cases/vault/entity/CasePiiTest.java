package org.reliefledger.cases.vault.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.reliefledger.cases.vault.DataKey;
import org.reliefledger.cases.vault.MasterKey;
import org.reliefledger.cases.vault.PiiRecord;
import org.reliefledger.cases.vault.Sealed;

class CasePiiTest {

  private static final Instant MONDAY = Instant.parse("2026-11-16T09:00:00Z");
  private static final Instant FRIDAY = Instant.parse("2026-11-20T17:00:00Z");
  private final DataKey key = DataKey.generate();
  private final Sealed envelope = new PiiRecord("Canary", null, null, null).sealWith(key, 50);

  @Test
  void keepsTheEnvelopeUntilShredded() {
    CasePii pii = CasePii.sealed(50, envelope, MONDAY);

    assertThat(pii.envelope()).contains(envelope);
    assertThat(pii.isShredded()).isFalse();
  }

  @Test
  void shreddingDropsTheEnvelopeOnceAndForGood() {
    CasePii pii = CasePii.sealed(50, envelope, MONDAY);

    pii.shred(MONDAY);
    pii.shred(FRIDAY);

    assertThat(pii.envelope()).isEmpty();
    assertThat(pii.shreddedAt()).contains(MONDAY);
    assertThatThrownBy(() -> pii.replaceEnvelope(envelope, FRIDAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("Canary");
  }

  @Test
  void aCaseWithoutDetailsCanBeShreddedToo() {
    CasePii pii = CasePii.withoutEnvelope(51);

    pii.shred(FRIDAY);

    assertThat(pii.isShredded()).isTrue();
    assertThat(pii).hasToString("CasePii[case 51, shredded]");
  }

  @Test
  void aCaseKeyRewrapsToTheSameDataKey() {
    MasterKey first = MasterKey.generate();
    MasterKey second = MasterKey.generate();
    CaseKey caseKey = CaseKey.of(50, first.wrap(key, 50), MONDAY);

    caseKey.rewrap(second.wrap(first.unwrap(caseKey.wrapped(), 50), 50));

    assertThat(caseKey.masterKeyId()).isEqualTo(second.id());
    assertThat(PiiRecord.openWith(second.unwrap(caseKey.wrapped(), 50), envelope, 50).name())
        .isEqualTo("Canary");
    assertThat(caseKey.toString()).doesNotContain("Canary").contains(second.id());
  }
}
