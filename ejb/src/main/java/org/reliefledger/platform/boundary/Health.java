package org.reliefledger.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.reliefledger.platform.control.ReliefDataSource;

/** Whether the parts the application cannot work without are there. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Health {

  private static final int VALIDATION_TIMEOUT_SECONDS = 2;

  @Resource(lookup = ReliefDataSource.JNDI_NAME)
  DataSource dataSource;

  public boolean databaseUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}
