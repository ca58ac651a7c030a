package org.reliefledger.cases.vault;

import java.nio.ByteBuffer;

/**
 * Pads plaintext to a multiple of {@value #BLOCK} bytes before sealing, so that a ciphertext's
 * length tells only a coarse size class, not the exact length of a name or a phone number.
 */
final class Padding {

  static final int BLOCK = 64;
  private static final int LENGTH_PREFIX = Integer.BYTES;

  private Padding() {}

  static byte[] pad(byte[] content) {
    int unpadded = LENGTH_PREFIX + content.length;
    int padded = ((unpadded + BLOCK - 1) / BLOCK) * BLOCK;
    return ByteBuffer.allocate(padded).putInt(content.length).put(content).array();
  }

  static byte[] unpad(byte[] padded) {
    ByteBuffer buffer = ByteBuffer.wrap(padded);
    if (buffer.remaining() < LENGTH_PREFIX) {
      throw new IllegalArgumentException("padded content is shorter than its length prefix");
    }
    int length = buffer.getInt();
    if (length < 0 || length > buffer.remaining()) {
      throw new IllegalArgumentException("padded content has an impossible length prefix");
    }
    byte[] content = new byte[length];
    buffer.get(content);
    return content;
  }
}
