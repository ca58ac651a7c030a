package org.reliefledger.cases.vault;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

/**
 * Splits the committee's {@link RootKey} k-of-n (Shamir secret sharing over GF(2^8)) and joins it
 * again. The one class that touches Bouncy Castle's threshold API, which changed across versions:
 * its version is pinned in the build and this class's test pins its behaviour.
 *
 * <p>A share is a line of text: {@code RL1-<k>-<number>-<base64url>}. Any k shares of one split
 * give the key; fewer give a wrong one, and so does a mistyped share or a share of an older split.
 * A joined key is accepted only when it matches the check value the database keeps: the refusal
 * cannot tell which share was wrong, and says nothing of the key.
 */
public final class KeyShares {

  private static final Pattern SHARE =
      Pattern.compile("RL1-([1-9][0-9]?)-([1-9][0-9]{0,2})-([A-Za-z0-9_-]{43})");
  private static final ShamirSecretSplitter.Algorithm FIELD = ShamirSecretSplitter.Algorithm.AES;
  private static final ShamirSecretSplitter.Mode MODE = ShamirSecretSplitter.Mode.Table;
  private static final int MAX_HOLDERS = 255;

  private KeyShares() {}

  /** The n shares of {@code root}, any {@code threshold} of which give it back. */
  public static List<String> split(RootKey root, int threshold, int holders) {
    if (threshold < 2 || threshold > holders || holders > MAX_HOLDERS || threshold > 99) {
      throw new IllegalArgumentException("a split needs 2 <= k <= n <= 255 (and k < 100)");
    }
    ShamirSplitSecret split =
        new ShamirSecretSplitter(FIELD, MODE, AesGcm.KEY_BYTES, new SecureRandom())
            .resplit(root.material(), threshold, holders);
    List<String> texts = new ArrayList<>();
    ShamirSplitSecretShare[] shares = split.getSecretShares();
    for (int i = 0; i < shares.length; i++) {
      texts.add(
          "RL1-"
              + threshold
              + "-"
              + (i + 1)
              + "-"
              + Base64.getUrlEncoder().withoutPadding().encodeToString(encoded(shares[i])));
    }
    return texts;
  }

  /** True when {@code text} has the form of a share (it may still be a wrong one). */
  public static boolean isWellFormed(String text) {
    return text != null && SHARE.matcher(text.strip()).matches();
  }

  /** The number of shares the split of this share needs (k). */
  public static int threshold(String share) {
    return Integer.parseInt(parse(share).group(1));
  }

  /**
   * The root key the shares give, when it is the one whose check value the database keeps; empty
   * otherwise (too few shares, a wrong or mistyped one, shares of different splits).
   */
  public static Optional<RootKey> join(Collection<String> shares, String expectedCheckValue) {
    TreeMap<Integer, byte[]> byNumber = new TreeMap<>();
    for (String text : shares) {
      Matcher share = parse(text);
      byte[] value = Base64.getUrlDecoder().decode(share.group(3));
      byte[] earlier = byNumber.putIfAbsent(Integer.parseInt(share.group(2)), value);
      if (earlier != null && !java.util.Arrays.equals(earlier, value)) {
        return Optional.empty();
      }
    }
    if (byNumber.size() < 2) {
      return Optional.empty();
    }
    ShamirSplitSecretShare[] parts =
        byNumber.entrySet().stream()
            .map(entry -> new ShamirSplitSecretShare(entry.getValue(), entry.getKey()))
            .toArray(ShamirSplitSecretShare[]::new);
    try {
      RootKey joined = RootKey.of(new ShamirSplitSecret(FIELD, MODE, parts).getSecret());
      return joined.matches(expectedCheckValue) ? Optional.of(joined) : Optional.empty();
    } catch (IOException | RuntimeException notASecret) {
      return Optional.empty();
    }
  }

  private static Matcher parse(String text) {
    Matcher share = SHARE.matcher(text == null ? "" : text.strip());
    if (!share.matches()) {
      throw new IllegalArgumentException("not a key share (RL1-<k>-<number>-<43 characters>)");
    }
    return share;
  }

  private static byte[] encoded(ShamirSplitSecretShare share) {
    try {
      return share.getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException("a share in memory could not be encoded", e);
    }
  }
}
