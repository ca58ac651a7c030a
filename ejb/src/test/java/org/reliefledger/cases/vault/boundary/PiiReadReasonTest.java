package org.reliefledger.cases.vault.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiReadReasonTest {

  @Test
  void acceptsTheListedReasonsAsPeopleTypeThem() {
    assertThat(PiiReadReason.parse("contact-household")).contains(PiiReadReason.CONTACT_HOUSEHOLD);
    assertThat(PiiReadReason.parse(" ARRANGE_PAYMENT ")).contains(PiiReadReason.ARRANGE_PAYMENT);
  }

  @Test
  void refusesTypedTextSoNoneReachesTheAuditTrail() {
    assertThat(PiiReadReason.parse("calling Maria about her landlord")).isEmpty();
    assertThat(PiiReadReason.parse("")).isEmpty();
    assertThat(PiiReadReason.parse(null)).isEmpty();
  }

  @Test
  void listsWhatItAccepts() {
    assertThat(PiiReadReason.accepted()).startsWith("CONTACT_HOUSEHOLD, ").endsWith("OTHER");
  }
}
