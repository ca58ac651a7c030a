package org.reliefledger.cases.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Pins Bouncy Castle's Shamir splitting as {@link KeyShares} uses it: k join, k-1 do not. */
class KeySharesTest {

  @Property(tries = 60)
  void anyKSharesGiveTheRootKeyAndFewerDoNot(
      @ForAll @IntRange(min = 2, max = 7) int threshold,
      @ForAll @IntRange(min = 0, max = 4) int extraHolders,
      @ForAll long seed) {
    RootKey root = RootKey.generate();
    List<String> shares =
        new ArrayList<>(KeyShares.split(root, threshold, threshold + extraHolders));
    Collections.shuffle(shares, new Random(seed));

    assertThat(shares).hasSize(threshold + extraHolders).allMatch(KeyShares::isWellFormed);
    assertThat(KeyShares.join(shares.subList(0, threshold), root.checkValue()))
        .hasValueSatisfying(joined -> assertThat(joined.material()).isEqualTo(root.material()));
    assertThat(KeyShares.join(shares, root.checkValue())).isPresent();
    assertThat(KeyShares.join(shares.subList(0, threshold - 1), root.checkValue())).isEmpty();
  }

  @Property(tries = 30)
  void aChangedShareIsRefusedWhicheverItIs(
      @ForAll @IntRange(min = 2, max = 5) int threshold,
      @ForAll @IntRange(min = 0, max = 4) int which) {
    RootKey root = RootKey.generate();
    List<String> shares = new ArrayList<>(KeyShares.split(root, threshold, threshold));
    int changed = which % threshold;
    shares.set(changed, flipOneBit(shares.get(changed)));

    assertThat(KeyShares.join(shares, root.checkValue())).isEmpty();
  }

  @Test
  void sharesOfAnotherSplitDoNotMixIn() {
    RootKey root = RootKey.generate();
    List<String> current = KeyShares.split(root, 2, 3);
    List<String> older = KeyShares.split(RootKey.generate(), 2, 3);

    assertThat(KeyShares.join(List.of(current.get(0), older.get(1)), root.checkValue())).isEmpty();
    assertThat(KeyShares.join(List.of(older.get(0), older.get(1)), root.checkValue())).isEmpty();
  }

  @Test
  void twoDifferentSharesUnderOneNumberAreRefused() {
    RootKey root = RootKey.generate();
    List<String> shares = KeyShares.split(root, 2, 2);

    assertThat(
            KeyShares.join(
                List.of(shares.get(0), flipOneBit(shares.get(0)), shares.get(1)),
                root.checkValue()))
        .isEmpty();
  }

  @Test
  void aShareSaysItsThresholdAndMalformedTextIsNoShare() {
    List<String> shares = KeyShares.split(RootKey.generate(), 3, 5);

    assertThat(KeyShares.threshold(shares.get(4))).isEqualTo(3);
    assertThat(shares.get(4)).startsWith("RL1-3-5-");
    assertThat(KeyShares.isWellFormed("RL1-3-5-tooShort")).isFalse();
    assertThatThrownBy(() -> KeyShares.join(List.of("hello"), "00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("hello");
  }

  @Test
  void aSplitNeedsAtLeastTwoOfAtLeastTwo() {
    RootKey root = RootKey.generate();
    assertThatThrownBy(() -> KeyShares.split(root, 1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyShares.split(root, 4, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String flipOneBit(String share) {
    String[] parts = share.split("-", 4); // base64url may hold '-' itself
    byte[] value = Base64.getUrlDecoder().decode(parts[3]);
    value[value.length / 2] ^= 1;
    return String.join("-", parts[0], parts[1], parts[2], "")
        + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }
}
