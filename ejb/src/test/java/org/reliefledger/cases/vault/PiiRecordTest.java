package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PiiRecordTest {

  private static final PiiRecord CANARY =
      new PiiRecord(
          "Canary Quokka Zyxwvut", "+1 555 0199", "12 Canary Lane, Apt 9", "speaks Quokkish");

  @Test
  void printsNoValue() {
    assertThat(CANARY.toString())
        .doesNotContain("Canary", "Quokka", "555", "Lane", "Quokkish")
        .isEqualTo("PiiRecord[redacted]");
  }

  @Test
  void blankFieldsAreAbsent() {
    PiiRecord record = new PiiRecord("  ", "", null, "\t");

    assertThat(record.isEmpty()).isTrue();
    assertThat(record).isEqualTo(PiiRecord.empty());
  }

  @Test
  void refusesOverlongFieldsWithoutQuotingThem() {
    String longName = "Canary".repeat(40);

    assertThatThrownBy(() -> new PiiRecord(longName, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is longer than 200 characters");
  }

  @Test
  void sealsAsOneEnvelopeBoundToItsCase() {
    DataKey key = DataKey.generate();

    Sealed envelope = CANARY.sealWith(key, 41);

    assertThat(PiiRecord.openWith(key, envelope, 41)).isEqualTo(CANARY);
    assertThatThrownBy(() -> PiiRecord.openWith(key, envelope, 42))
        .isInstanceOf(SealBrokenException.class);
  }

  @Test
  void keepsWhichFieldsArePresent() {
    DataKey key = DataKey.generate();
    PiiRecord phoneOnly = new PiiRecord(null, "+1 555 0100", null, null);

    assertThat(PiiRecord.openWith(key, phoneOnly.sealWith(key, 3), 3)).isEqualTo(phoneOnly);
  }

  @Test
  void refusesAnEnvelopeOfAnotherFormat() {
    byte[] encoded = CANARY.encode();
    encoded[0] = 9;

    assertThatThrownBy(() -> PiiRecord.decode(encoded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown PII envelope format");
  }
}
