package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;

class SealingPropertyTest {

  private final DataKey key = DataKey.generate();

  @Property(tries = 300)
  void anyUnicodeTextOpensToItself(
      @ForAll("unicodeText") String text, @ForAll @LongRange(min = 1) long caseId) {
    FieldBinding binding = FieldBinding.justification(caseId, 1);

    assertThat(key.openText(key.sealText(text, binding), binding)).isEqualTo(text);
  }

  @Property(tries = 300)
  void anyPiiRecordOpensToItself(
      @ForAll("unicodeText") String name,
      @ForAll("unicodeText") String phone,
      @ForAll("unicodeText") String address,
      @ForAll("unicodeText") String notes,
      @ForAll @LongRange(min = 1) long caseId) {
    PiiRecord record = new PiiRecord(name, truncated(phone, PiiRecord.MAX_PHONE), address, notes);

    Sealed envelope = record.sealWith(key, caseId);

    assertThat(PiiRecord.openWith(key, envelope, caseId)).isEqualTo(record);
    assertThat(envelope.ciphertext().length % Padding.BLOCK).isEqualTo(AesGcm.TAG_BYTES);
  }

  @Provide
  Arbitrary<String> unicodeText() {
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(1, Arbitraries.integers().between(0, Character.MAX_CODE_POINT)))
            .filter(codePoint -> Character.getType(codePoint) != Character.SURROGATE);
    return codePoints
        .list()
        .ofMaxSize(90)
        .map(
            list -> {
              StringBuilder text = new StringBuilder();
              list.forEach(text::appendCodePoint);
              return text.toString();
            });
  }

  private static String truncated(String text, int maxChars) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = maxChars;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
