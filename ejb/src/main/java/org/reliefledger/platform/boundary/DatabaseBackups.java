package org.reliefledger.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.reliefledger.audit.boundary.Audit;
import org.reliefledger.platform.control.ReliefDataSource;

/**
 * Backups of the embedded H2 database, written by the application itself because no other process
 * may open H2's file while the application runs: H2's online {@code BACKUP TO} gives a consistent
 * zip of the database file. Nightly, and on demand by an administrator. PostgreSQL is backed up
 * from outside with {@code pg_dump} ({@code bin/relief-backup}); here it is only refused.
 *
 * <p>The vault's key file is never put in a backup: a backup and its key together open every
 * unshredded case, so they must be kept apart (docs/deploy.md).
 */
@Stateless
public class DatabaseBackups {

  private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  static final String PREFIX = "relief-h2-";

  @Resource(lookup = ReliefDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "relief.db.url")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "relief.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "relief.backup.dir")
  Optional<String> backupDir;

  @Inject
  @ConfigProperty(name = "relief.backup.keep", defaultValue = "7")
  int keep;

  @Inject Audit audit;

  /** A zip of the whole database, {@code bytes} long. */
  public record Backup(Path file, long bytes) {}

  /**
   * Writes a backup now, keeps the newest {@code relief.backup.keep}, and audits it; empty when the
   * database is PostgreSQL, which {@code pg_dump} backs up.
   */
  public Optional<Backup> write() {
    if (!isEmbedded()) {
      return Optional.empty();
    }
    Path directory = directory();
    Path file =
        directory.resolve(PREFIX + STAMP.format(LocalDateTime.now(Clock.systemUTC())) + ".zip");
    try {
      Files.createDirectories(directory);
      try (Connection connection = dataSource.getConnection();
          PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
        backup.setString(1, file.toString());
        backup.execute();
      }
      long bytes = Files.size(file);
      removeAllButNewest(directory);
      audit.record("DATABASE_BACKUP_WRITTEN", "BACKUP", file.getFileName().toString(), null);
      return Optional.of(new Backup(file, bytes));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("the backup to " + directory + " failed", e);
    }
  }

  @Schedule(hour = "2", minute = "41", persistent = false)
  void nightly() {
    if (isEmbedded()) {
      write().ifPresent(backup -> LOG.info(() -> "nightly backup written: " + backup.file()));
    }
  }

  private boolean isEmbedded() {
    return databaseUrl.startsWith("jdbc:h2:");
  }

  /** {@code relief.backup.dir}, or {@code backups} in the data folder. */
  private Path directory() {
    return backupDir
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .orElse(Path.of(dataDir, "backups"))
        .toAbsolutePath()
        .normalize();
  }

  private void removeAllButNewest(Path directory) throws IOException {
    List<Path> backups;
    try (Stream<Path> files = Files.list(directory)) {
      backups =
          files
              .filter(f -> f.getFileName().toString().startsWith(PREFIX))
              .sorted((a, b) -> b.getFileName().compareTo(a.getFileName()))
              .toList();
    }
    for (Path old : backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
      Files.deleteIfExists(old);
    }
  }
}
