package org.reliefledger.platform.control;

import java.util.logging.Logger;

/**
 * Ends the process when the application cannot work at all (no database, wrong vault key). A server
 * that stays up without its application would answer 404 to everything and hide the cause; one
 * clear line and a non-zero exit status tell the operator what to fix.
 */
public final class StartupFailure {

  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

  private StartupFailure() {}

  public static void stop(String oneLineReason) {
    LOG.severe(oneLineReason);
    System.err.println("FATAL: " + oneLineReason);
    Runtime.getRuntime().halt(2);
  }
}
