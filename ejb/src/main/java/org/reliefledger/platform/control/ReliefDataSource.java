package org.reliefledger.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The one data source of the application, described from configuration: H2 by default, PostgreSQL
 * when {@code RELIEF_DB_URL} says so (see {@link DatabaseDefaults}).
 */
@DataSourceDefinition(
    name = ReliefDataSource.JNDI_NAME,
    className = "org.reliefledger.platform.control.ConfiguredDataSource",
    url = "${MPCONFIG=relief.db.url}",
    user = "${MPCONFIG=relief.db.user}",
    password = "${MPCONFIG=relief.db.password}",
    minPoolSize = 2,
    maxPoolSize = 40)
@Singleton
public class ReliefDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/relief";
}
