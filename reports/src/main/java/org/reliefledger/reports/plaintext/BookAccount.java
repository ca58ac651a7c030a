package org.reliefledger.reports.plaintext;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One account of the chart in one fund, as the plain-text books name it.
 *
 * @param accountCode the chart's code, e.g. {@code 1000}
 * @param accountClass what kind of account it is
 * @param fundCode the fund's code, e.g. {@code GENERAL}
 */
public record BookAccount(String accountCode, AccountClass accountClass, String fundCode) {

  public BookAccount {
    Objects.requireNonNull(accountCode, "accountCode");
    Objects.requireNonNull(accountClass, "accountClass");
    Objects.requireNonNull(fundCode, "fundCode");
  }

  /** A code both tools take as an account name's part as it is; "X-" starts an encoded one. */
  private static final Pattern PLAIN = Pattern.compile("[A-Z0-9][A-Za-z0-9-]*");

  private static final String ENCODED = "X-";

  /** {@code Assets:1000:GENERAL}. */
  public String name() {
    return accountClass.root() + ":" + component(accountCode) + ":" + component(fundCode);
  }

  /**
   * A chart or fund code as a part of an account name: as it is when it is letters, digits and
   * hyphens starting with a capital or a digit (Beancount's rule), otherwise {@code X-} and the
   * hexadecimal UTF-8 of the code ({@code 0.001} becomes {@code X-302E303031}), so different codes
   * never share a name.
   */
  public static String component(String code) {
    if (PLAIN.matcher(code).matches() && !code.startsWith(ENCODED)) {
      return code;
    }
    return ENCODED
        + HexFormat.of().withUpperCase().formatHex(code.getBytes(StandardCharsets.UTF_8));
  }
}
