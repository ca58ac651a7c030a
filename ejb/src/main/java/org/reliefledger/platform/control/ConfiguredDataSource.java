package org.reliefledger.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The physical data source behind the container's pool: whichever JDBC driver accepts the
 * configured URL (H2 or PostgreSQL), so one {@code @DataSourceDefinition} serves both.
 *
 * <p>It also owns the first impression: the container connects while it deploys the persistence
 * unit, before any application code runs, and would bury a wrong {@code RELIEF_DB_URL} under pages
 * of stack traces. If no connection has ever succeeded in this process, a failure stops the start
 * with one line instead. Once the database has been reached, failures are reported as usual (the
 * health endpoint says DOWN) and the server waits for the database to come back.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile String url;
  private volatile String user;
  private volatile String password;
  private volatile boolean everConnected;
  private int loginTimeoutSeconds;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    try {
      Properties credentials = new Properties();
      if (username != null) {
        credentials.setProperty("user", username);
      }
      if (secret != null) {
        credentials.setProperty("password", secret);
      }
      Connection connection = driverFor(url).connect(url, credentials);
      everConnected = true;
      return connection;
    } catch (SQLException | RuntimeException e) {
      if (!everConnected) {
        StartupFailure.stop(
            "Relief Ledger cannot reach its database at "
                + Redaction.withoutCredentials(url)
                + " (set by RELIEF_DB_URL, with RELIEF_DB_USER and RELIEF_DB_PASSWORD): "
                + e.getMessage());
      }
      throw e;
    }
  }

  /**
   * Looks the driver up in the application's own class loader: {@code DriverManager} only offers
   * drivers registered by the caller's loader, and the container may have loaded ours through a
   * temporary one during deployment.
   */
  private Driver driverFor(String jdbcUrl) throws SQLException {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new SQLException("no database URL is configured");
    }
    for (Driver driver : ServiceLoader.load(Driver.class, getClass().getClassLoader())) {
      if (driver.acceptsURL(jdbcUrl)) {
        return driver;
      }
    }
    throw new SQLException(
        "no JDBC driver for this URL: it must start with jdbc:postgresql: or jdbc:h2:");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Drivers log through their own loggers; nothing to redirect.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
