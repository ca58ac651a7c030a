package org.reliefledger.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefledger.reports.donor.DonorMonthlyReportTest;
import org.reliefledger.reports.statements.GeneralLedgerExport;
import org.reliefledger.reports.statements.GeneralLedgerExportTest;
import org.reliefledger.reports.statements.StatementOfActivitiesReportTest;
import org.reliefledger.reports.statements.TrialBalanceReportTest;
import org.reliefledger.reports.transparency.TransparencyReportTest;

/**
 * Every workbook opens in LibreOffice: a headless conversion to PDF succeeds. Skipped where
 * LibreOffice is not installed.
 */
class LibreOfficeOpensWorkbooksTest {

  private static final long TIMEOUT_SECONDS = 180;

  @Test
  void libre_office_converts_every_workbook_to_pdf(@TempDir Path dir) throws Exception {
    Optional<Path> soffice = onPath("soffice").or(() -> onPath("libreoffice"));
    assumeTrue(
        soffice.isPresent(),
        "LibreOffice (soffice or libreoffice) is not on PATH: workbooks not checked in LibreOffice");

    Map<String, byte[]> workbooks = new LinkedHashMap<>();
    workbooks.put("donor", DonorMonthlyReportTest.write(DonorMonthlyReportTest.march()));
    workbooks.put(
        "transparency",
        TransparencyReportTest.write(TransparencyReportTest.data(TransparencyReportTest.sample())));
    workbooks.put("trial-balance", TrialBalanceReportTest.write(TrialBalanceReportTest.sample()));
    workbooks.put(
        "activities",
        StatementOfActivitiesReportTest.write(StatementOfActivitiesReportTest.sample()));
    ByteArrayOutputStream ledger = new ByteArrayOutputStream();
    GeneralLedgerExport.write(
        GeneralLedgerExportTest.INFO,
        LongStream.rangeClosed(1, 500).mapToObj(GeneralLedgerExportTest::entry),
        ledger);
    workbooks.put("general-ledger", ledger.toByteArray());

    List<String> command = new ArrayList<>();
    command.add(soffice.get().toString());
    command.add("-env:UserInstallation=" + dir.resolve("profile").toUri());
    command.addAll(List.of("--headless", "--norestore", "--convert-to", "pdf", "--outdir"));
    command.add(dir.resolve("pdf").toString());
    for (Map.Entry<String, byte[]> workbook : workbooks.entrySet()) {
      Path file = dir.resolve(workbook.getKey() + ".xlsx");
      Files.write(file, workbook.getValue());
      command.add(file.toString());
    }
    Path log = dir.resolve("soffice.log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(finished).as("soffice finished in time: %s", output).isTrue();
    assertThat(process.exitValue()).as("soffice exit code: %s", output).isZero();
    for (String name : workbooks.keySet()) {
      Path pdf = dir.resolve("pdf").resolve(name + ".pdf");
      assertThat(pdf).as("%s converted: %s", name, output).exists();
      byte[] head = new byte[5];
      try (var in = Files.newInputStream(pdf)) {
        assertThat(in.read(head)).isEqualTo(5);
      }
      assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
