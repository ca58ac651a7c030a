package org.reliefledger.platform.control;

/**
 * The HTTP port Payara Micro listens on, for the start-up banner. Asked of Payara Micro's own
 * public API when it is the runtime; 8080 (its default) otherwise.
 */
final class LaunchPort {

  private static final int PAYARA_MICRO_DEFAULT = 8080;

  private LaunchPort() {}

  static int current() {
    try {
      Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
      Object instance = micro.getMethod("getInstance").invoke(null);
      int port = (int) micro.getMethod("getHttpPort").invoke(instance);
      // Payara Micro reports "not set" (a negative number) when no --port was given.
      return port > 0 ? port : PAYARA_MICRO_DEFAULT;
    } catch (ReflectiveOperationException | LinkageError | ClassCastException notMicro) {
      return PAYARA_MICRO_DEFAULT;
    }
  }
}
