package org.reliefledger.web.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Every part of an .xlsx (a zip), unzipped and read as text: shared strings, sheets, comments,
 * document properties. What a curious reader could find in the file.
 *
 * <p>Read through the zip's central directory, as spreadsheet programs do: the streamed exports'
 * local entry headers do not state sizes that {@code ZipInputStream} accepts.
 */
public final class XlsxText {

  private XlsxText() {}

  public static String of(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("workbook", ".xlsx");
    try {
      Files.write(file, xlsx);
      var text = new StringBuilder();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry part : zip.stream().toList()) {
          try (var in = zip.getInputStream(part)) {
            text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
          }
        }
        if (zip.size() == 0) {
          throw new IOException("an empty zip: no parts to read");
        }
      }
      return text.toString();
    } finally {
      Files.delete(file);
    }
  }
}
